// A real npm registry (Verdaccio) on 127.0.0.1 for the release rehearsal, with one publishing user.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverScript = fileURLToPath(new URL('./verdaccio-server.mjs', import.meta.url));

/** The registry npm uses on this machine: Verdaccio proxies everything outside our scope to it. */
function upstreamRegistry() {
  const configured = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  return configured.endsWith('/') ? configured : `${configured}/`;
}

/**
 * Starts Verdaccio in a child process and waits until it listens.
 * @param {string} storage folder for the registry's packages
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startRegistry(storage) {
  const child = spawn(process.execPath, [serverScript, storage, upstreamRegistry()], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Verdaccio did not start within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const hit = /listening (\d+)/.exec(output);
      if (hit) {
        clearTimeout(timer);
        resolve(Number(hit[1]));
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

/**
 * Creates a user on the registry (as `npm adduser` does) and returns its token.
 * @param {string} url registry URL ending in `/`
 */
export async function createPublisher(url) {
  const name = 'release-rehearsal';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      password: `pw-${Date.now()}`,
      type: 'user',
      roles: [],
      date: new Date().toISOString(),
    }),
  });
  const body = await response.json();
  if (!response.ok || typeof body.token !== 'string')
    throw new Error(`the registry refused the user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/**
 * Writes an npm user config that points at the registry (and authenticates, when a token is given).
 * @returns {string} the file's path, for `npm_config_userconfig`
 */
export function writeNpmrc(folder, url, token) {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, '.npmrc');
  const host = url.replace(/^https?:/, '');
  writeFileSync(file, `registry=${url}\n${token ? `${host}:_authToken=${token}\n` : ''}`);
  return file;
}

/** The registry's document for one package. */
export async function packageDocument(url, name) {
  const response = await fetch(new URL(name.replace('/', '%2f'), url));
  if (!response.ok) throw new Error(`${name} is not on the registry (${response.status})`);
  return response.json();
}
