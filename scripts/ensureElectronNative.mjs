#!/usr/bin/env node
/**
 * better-sqlite3 for two runtimes. The tests run it under Node, so
 * node_modules/better-sqlite3/build/Release/better_sqlite3.node must stay the Node build; the
 * app runs it under Electron, whose ABI differs. This script builds (once per Electron and
 * better-sqlite3 version) an Electron copy of the addon into
 * .native/electron-<version>/better_sqlite3.node, which src/main passes to better-sqlite3 as
 * `nativeBinding`. node_modules is never modified, so `npm test` and `npm start` work in either
 * order.
 *
 * How: copy the package to a temporary folder, then, there, try better-sqlite3's own Electron
 * prebuilds (prebuild-install --runtime electron, as its install script does for Node) and fall
 * back to compiling against Electron's headers with node-gyp. The result is loaded once by
 * Electron itself (ELECTRON_RUN_AS_NODE) before it is kept.
 *
 * Packaged builds do not use this: electron-builder's npmRebuild rebuilds node_modules for
 * Electron inside the package.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectRoot, 'package.json'));
const ELECTRON_HEADERS = 'https://electronjs.org/headers';
const MINUTE = 60_000;

function log(message) {
  console.log(`[ensureElectronNative] ${message}`);
}

/** A failure to report to the user (no stack trace: the message says what to do). */
class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

/** The Electron executable, or null when the package was installed without its binary. */
function electronBinary() {
  try {
    // The electron package exports the executable's path; it throws when path.txt is absent.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function run(command, args, options) {
  log(`(in ${options.cwd}) ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) log(`  ${result.error.message}`);
  return result.status === 0;
}

/** Environment for the child tools: without the npm_package_* of *our* package.json, which prebuild-install would misread as its own. */
function toolEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('npm_package_') || key === 'npm_config_build_from_source') delete env[key];
  }
  return env;
}

function tryPrebuild(workDir, electronVersion) {
  let bin;
  try {
    bin = createRequire(join(workDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    // The copy has no node_modules: resolve from the original package's location.
    bin = createRequire(require.resolve('better-sqlite3/package.json')).resolve('prebuild-install/bin.js');
  }
  return run(
    process.execPath,
    [bin, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform, '--verbose'],
    { cwd: workDir, env: toolEnv(), timeout: 5 * MINUTE },
  );
}

function nodeGypScript() {
  // npm exports its own node-gyp to scripts; it is the one that built the Node addon.
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && existsSync(fromNpm)) return fromNpm;
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return null;
  }
}

function tryNodeGyp(workDir, electronVersion) {
  const gyp = nodeGypScript();
  if (!gyp) {
    log('node-gyp not found (neither npm_config_node_gyp nor node_modules/node-gyp).');
    return false;
  }
  return run(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--dist-url=${ELECTRON_HEADERS}`,
      // Electron's headers are cached apart from Node's (the Electron docs' ~/.electron-gyp).
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
    { cwd: workDir, env: toolEnv(), timeout: 30 * MINUTE },
  );
}

/** True when Electron itself can load the addon: the only test of the ABI that counts. */
function electronCanLoad(electron, addon) {
  const result = spawnSync(electron, ['-e', `require(${JSON.stringify(addon)})`], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: MINUTE,
  });
  if (result.status !== 0) log(`Electron could not load ${addon}:\n${result.stderr ?? result.error?.message ?? ''}`);
  return result.status === 0;
}

function main() {
  const electronVersion = require('electron/package.json').version;
  const electron = electronBinary();
  if (!electron) {
    fail(
      [
        `No Electron binary is installed (electron ${electronVersion} was installed without its binary,`,
        'e.g. with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop app cannot start.',
        '  • To get it: unset ELECTRON_SKIP_BINARY_DOWNLOAD and run `node node_modules/electron/install.js`',
        '    (or reinstall the electron package).',
        '  • Without Electron, use the browser mode: `npm run web`.',
      ].join('\n'),
    );
  }

  const sqlitePackage = dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(readFileSync(join(sqlitePackage, 'package.json'), 'utf8')).version;
  const targetDir = join(projectRoot, '.native', `electron-${electronVersion}`);
  const target = join(targetDir, 'better_sqlite3.node');
  const stampFile = join(targetDir, 'build-info.json');
  const stamp = { betterSqlite3: sqliteVersion, electron: electronVersion, platform: process.platform, arch: process.arch };

  if (existsSync(target) && existsSync(stampFile)) {
    const previous = readFileSync(stampFile, 'utf8');
    if (previous === JSON.stringify(stamp, null, 2)) {
      log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is ready (${relative(projectRoot, target)}).`);
      return;
    }
    log('The Electron build of better-sqlite3 is stale (another version or platform): rebuilding.');
  }

  const workRoot = mkdtempSync(join(tmpdir(), 'revue-native-'));
  const workDir = join(workRoot, 'better-sqlite3');
  try {
    log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${workDir}`);
    // The package without its Node build: whatever ends up in build/Release is the Electron one.
    cpSync(sqlitePackage, workDir, {
      recursive: true,
      filter: (source) => relative(sqlitePackage, source).split(sep)[0] !== 'build',
    });
    const built = join(workDir, 'build', 'Release', 'better_sqlite3.node');
    const ok =
      (tryPrebuild(workDir, electronVersion) && existsSync(built) && electronCanLoad(electron, built)) ||
      (log('No usable Electron prebuild: compiling with node-gyp against Electron headers.'),
      tryNodeGyp(workDir, electronVersion) && existsSync(built) && electronCanLoad(electron, built));
    if (!ok) {
      fail(
        [
          `Could not build better-sqlite3 for Electron ${electronVersion}.`,
          'Neither a prebuilt binary (GitHub releases of better-sqlite3) nor a local compilation worked.',
          'Compiling needs Python 3 and a C++20 compiler (build-essential / Xcode tools / Visual Studio Build Tools)',
          `and access to ${ELECTRON_HEADERS}. See the messages above.`,
        ].join('\n'),
      );
    }
    mkdirSync(targetDir, { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written addon behind.
    cpSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
    log(`Done: ${relative(projectRoot, target)}`);
  } finally {
    rmSync(workRoot, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  console.error(`\n[ensureElectronNative] ${error.message}\n`);
  process.exitCode = 1;
}
