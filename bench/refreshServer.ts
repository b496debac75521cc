// The refresh benchmark's feeds, served from their own process so that serving them is not
// counted in the refresh's time or memory. Prints one JSON line { urls } once listening,
// then one { notModified } line each time it reads a line on stdin; exits when stdin closes.
import { createInterface } from 'node:readline';
import { startFeedServers, type FeedPlan } from './refreshFeeds.js';

const plan = JSON.parse(process.argv[2] ?? '{}') as FeedPlan;
const sites = Number(process.argv[3] ?? 30);
const servers = await startFeedServers(plan, sites);
console.log(JSON.stringify({ urls: servers.urls }));
const lines = createInterface({ input: process.stdin });
lines.on('line', () => console.log(JSON.stringify({ notModified: servers.notModified() })));
lines.on('close', () => void servers.close().then(() => process.exit(0)));
