/** A signal the review pane listens to: bumped when something else added items to a review. */
class ReviewChanges {
  version = $state(0);

  notify(): void {
    this.version += 1;
  }
}

export const reviewChanges = new ReviewChanges();
