// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing
// (electron-builder signs after this hook, so the signature covers the flipped binary).
// https://www.electronjs.org/docs/latest/tutorial/fuses
const { join } = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

/** The Electron executable electron-builder just laid out for this platform. */
function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`, 'Contents', 'MacOS', name);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName);
  }
}

exports.default = async function electronFuses(context) {
  await flipFuses(electronBinary(context), {
    version: FuseVersion.V1,
    // An unsigned arm64 macOS build must be re-signed ad hoc after its binary changes.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3 /* Arch.arm64 */,
    // ELECTRON_RUN_AS_NODE would turn Revue into a plain Node.js any local program can drive.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and the session's storage encrypted with the OS keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS and --inspect would let a launcher inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar checked against the hash electron-builder embeds (macOS, Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // The app is loaded from app.asar only, never from a folder dropped next to it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  });
};
