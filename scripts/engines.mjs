// The test runner's browsers: Chromium (CDP), Firefox ESR (puppeteer-core over WebDriver BiDi) and
// WebKitGTK's MiniBrowser (WebKitWebDriver, classic WebDriver), all Debian packages, no download.
// `ENGINES=chromium,firefox,webkit` picks them (default: chromium).
//
// The commands of @web/test-runner-commands (set-viewport, emulate-media, send-keys, send-mouse)
// speak to a puppeteer page; Firefox's BiDi page and the WebDriver session lack some of it, so both
// get a page that does what they can another way:
// - viewport: Firefox sets it over BiDi; WebKit resizes its window until the page is the size asked.
// - media emulation (print, dark, reduced motion): WebDriver BiDi has no command for it yet, but Firefox
//   has per-tab overrides (the ones its DevTools use), reached from its parent process, which the
//   runner's Firefox allows (--remote-allow-system-access). WebKit's goes through its remote inspector
//   (WebkitInspector). A value that does not take effect fails that test with a message naming the engine.
// - keys and the mouse: WebKit gets WebDriver actions (a held Shift stays down between commands).
import {spawn, execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as puppeteerCore from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
// ws comes with the test runner (@web/dev-server-core); Node 20 has no WebSocket client of its own.
import WebSocket from 'ws';
import {findChromium, CHROMIUM_ARGS} from './chromium.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = 'WebKitWebDriver';

/** The engines asked for by ENGINES (comma-separated), default Chromium alone. */
export function enginesFromEnv(value = process.env.ENGINES) {
  const engines = (value || 'chromium').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = engines.filter((name) => !ALL_ENGINES.includes(name));
  if (unknown.length) throw new Error(`ENGINES: unknown engine(s) ${unknown.join(', ')}; use ${ALL_ENGINES.join(',')}`);
  return [...new Set(engines)];
}

/** The media the headless pages match: a request for these passes where nothing can be emulated. */
const DEFAULT_MEDIA = {media: 'screen', 'prefers-color-scheme': 'light', 'prefers-reduced-motion': 'no-preference'};

/** Media emulation for a driver that has none: passes when the page already matches, else names the engine. */
function mediaCheck(engine, matches) {
  const check = async (name, value) => {
    if (value == null || value === '' || value === DEFAULT_MEDIA[name]) return;
    const query = name === 'media' ? value : `(${name}: ${value})`;
    if (await matches(query)) return;
    throw new Error(`${engine} cannot emulate ${query} in this runner (no media emulation in its driver); the test needs Chromium`);
  };
  return {
    emulateMediaType: (type) => check('media', type),
    emulateMediaFeatures: async (features = []) => {
      for (const {name, value} of features) await check(name, value);
    },
  };
}

/** A page whose own methods stay bound to it (puppeteer's classes use private fields). */
function withOverrides(page, overrides) {
  return new Proxy(page, {
    get(target, key) {
      if (key in overrides) return overrides[key];
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function chromiumEngine() {
  return chromeLauncher({launchOptions: {executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS}});
}

// Firefox's own media overrides on a tab's BrowsingContext (what its DevTools' print and colour-scheme
// simulations set), run in the browser's parent process: Chromium's emulateMedia, tab by tab.
const FIREFOX_OVERRIDES = {'prefers-color-scheme': 'prefersColorSchemeOverride', 'prefers-reduced-motion': 'prefersReducedMotionOverride'};
const firefoxOverride = `(id, name, value) => {
  const {NavigableManager} = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const context = NavigableManager.getBrowsingContextById(id);
  if (!context) throw new Error('no browsing context ' + id);
  context[name] = value;
  return String(context[name]);
}`;

/** emulateMediaType/emulateMediaFeatures for a Firefox page: Chromium's semantics (features not named are reset). */
function firefoxMedia(page) {
  const connection = page.browser().connection;
  const set = async (name, value) => {
    const {result: {contexts}} = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome'});
    const {result} = await connection.send('script.callFunction', {
      functionDeclaration: firefoxOverride,
      target: {context: contexts[0].context},
      awaitPromise: false,
      arguments: [page.mainFrame()._id, name, value].map((v) => ({type: 'string', value: v})),
    });
    if (result.type !== 'success' || result.result.value !== value) {
      throw new Error(`Firefox: ${name} = ${value} was not applied (${result.exceptionDetails?.text ?? result.result?.value})`);
    }
  };
  const fallback = mediaCheck('Firefox', (query) => page.evaluate((q) => matchMedia(q).matches, query));
  return {
    // '' (or none asked): the tab's own medium, screen.
    emulateMediaType: (type) => set('mediumOverride', type ?? ''),
    emulateMediaFeatures: async (features = []) => {
      for (const [feature, name] of Object.entries(FIREFOX_OVERRIDES)) {
        await set(name, features.find((f) => f.name === feature)?.value || 'none');
      }
      await fallback.emulateMediaFeatures(features.filter((f) => !(f.name in FIREFOX_OVERRIDES)));
    },
  };
}

export function firefoxEngine() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    // System access: the media overrides above are set from the parent process (a local test browser only).
    launchOptions: {browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, args: ['--remote-allow-system-access']},
    async createPage({context}) {
      const page = await context.newPage();
      const keyboard = page.keyboard;
      // BiDi's keyboard knows the space bar as ' ', not 'Space'.
      const key = (name) => (name === 'Space' ? ' ' : name);
      return withOverrides(page, {
        ...firefoxMedia(page),
        keyboard: withOverrides(keyboard, {
          press: (name, options) => keyboard.press(key(name), options),
          down: (name, options) => keyboard.down(key(name), options),
          up: (name) => keyboard.up(key(name)),
        }),
      });
    },
  });
}

// WebDriver key codes for the names the tests send (puppeteer's names).
const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Space: ' ', Escape: '\uE00C', Backspace: '\uE003', Delete: '\uE017',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
};
// puppeteer's KeyA and Digit1 are the characters a and 1 to WebDriver.
const keyCode = (name) =>
  KEYS[name] ?? (name.length === 1 ? name : /^(Key[A-Z]|Digit\d)$/.test(name) ? name.at(-1).toLowerCase() : undefined) ??
  (() => { throw new Error(`WebKit: no WebDriver code for the key "${name}"`); })();
const BUTTONS = {left: 0, middle: 1, right: 2};

/** Xvfb's screen, and where its pointer rests (the centre). */
const SCREEN = [1920, 1080];
const POINTER = SCREEN.map((size) => size / 2);

/** A puppeteer-shaped page over one WebDriver session (webdriverio's browser). */
function webdriverPage(driver, inspector) {
  const keys = (actions) => driver.performActions([{type: 'key', id: 'keyboard', actions}]);
  const pointer = (actions) => driver.performActions([{type: 'pointer', id: 'mouse', parameters: {pointerType: 'mouse'}, actions}]);
  const inner = () => driver.execute(() => [innerWidth, innerHeight]);
  return {
    async setViewport({width, height}) {
      // The window is the page plus MiniBrowser's toolbar: resize until the page is the size asked.
      for (let attempt = 0; attempt < 4; attempt++) {
        const rect = await driver.getWindowRect();
        const [w, h] = await inner();
        if (w === width && h === height) return;
        // Its corner stays on Xvfb's pointer (the screen's centre): with no window manager, the window
        // under the pointer has the keyboard focus, and WebKit matches :focus and :focus-visible only in
        // a focused window (document.hasFocus()).
        await driver.setWindowRect(POINTER[0] - 8, POINTER[1] - 8, rect.width + width - w, rect.height + height - h);
        // The page learns its new size after the window has it: measured before, a busy machine's stale
        // innerWidth made the next window width negative (an invalid argument, then a stalled command).
        for (let poll = 0; poll < 200; poll++) {
          const [nw, nh] = await inner();
          if (nw !== w || nh !== h) break;
        }
      }
      const [w, h] = await inner();
      if (w !== width || h !== height) throw new Error(`WebKit: the page is ${w}x${h} px, not ${width}x${height}: MiniBrowser's window will not go there`);
    },
    ...webkitMedia(inspector),
    keyboard: {
      press: (name) => keys([{type: 'keyDown', value: keyCode(name)}, {type: 'keyUp', value: keyCode(name)}]),
      down: (name) => keys([{type: 'keyDown', value: keyCode(name)}]),
      up: (name) => keys([{type: 'keyUp', value: keyCode(name)}]),
      type: (text) => keys([...text].flatMap((c) => [{type: 'keyDown', value: c}, {type: 'keyUp', value: c}])),
    },
    mouse: {
      move: (x, y) => pointer([{type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y)}]),
      click: (x, y, {button = 'left'} = {}) =>
        pointer([
          {type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y)},
          {type: 'pointerDown', button: BUTTONS[button]},
          {type: 'pointerUp', button: BUTTONS[button]},
        ]),
      down: ({button = 'left'} = {}) => pointer([{type: 'pointerDown', button: BUTTONS[button]}]),
      up: ({button = 'left'} = {}) => pointer([{type: 'pointerUp', button: BUTTONS[button]}]),
      reset: () => driver.releaseActions(),
    },
  };
}

/**
 * WebKit's remote inspector (WEBKIT_INSPECTOR_HTTP_SERVER): its Page domain emulates the media type and
 * overrides the reader's preferences (what Web Inspector's print and appearance toggles use), which
 * WebDriver has no command for. One page, the one the WebDriver session drives; messages reach it through
 * the Target domain, whose page target changes when a navigation swaps processes.
 */
class WebkitInspector {
  constructor(httpPort) {
    this.httpPort = httpPort;
    this.pending = new Map();
    this.nextId = 1;
  }
  async connect() {
    const list = await (await fetch(`http://127.0.0.1:${this.httpPort}/`)).text();
    const path = list.match(/socket\/\d+\/\d+\/WebPage/g)?.at(-1);
    if (!path) throw new Error('WebKit: the remote inspector lists no page');
    this.socket = new WebSocket(`ws://127.0.0.1:${this.httpPort}/${path}`);
    let targetKnown;
    const known = new Promise((resolve) => (targetKnown = resolve));
    this.socket.on('message', (data) => {
      const {method, params} = JSON.parse(data);
      if (method === 'Target.targetCreated' && params.targetInfo.type === 'page') this.target ??= params.targetInfo.targetId;
      else if (method === 'Target.didCommitProvisionalTarget') this.target = params.newTargetId;
      else if (method === 'Target.dispatchMessageFromTarget') {
        const reply = JSON.parse(params.message);
        const pending = this.pending.get(reply.id);
        if (!pending) return;
        this.pending.delete(reply.id);
        if (reply.error) pending.reject(new Error(`WebKit inspector: ${reply.error.message}`));
        else pending.resolve(reply.result);
      }
      if (this.target) targetKnown();
    });
    await new Promise((resolve, reject) => (this.socket.once('open', resolve), this.socket.once('error', reject)));
    await known;
  }
  async send(method, params = {}) {
    if (!this.socket) await (this.connecting ??= this.connect());
    const id = this.nextId++;
    const reply = new Promise((resolve, reject) => this.pending.set(id, {resolve, reject}));
    const message = JSON.stringify({id, method, params});
    this.socket.send(JSON.stringify({id, method: 'Target.sendMessageToTarget', params: {targetId: this.target, message}}));
    return reply;
  }
  close() {
    this.socket?.close();
  }
}

// The inspector's names for the features the runner's emulateMedia sets.
const WEBKIT_PREFERENCES = {
  'prefers-color-scheme': {name: 'PrefersColorScheme', values: {light: 'Light', dark: 'Dark'}},
  'prefers-reduced-motion': {name: 'PrefersReducedMotion', values: {'no-preference': 'NoPreference', reduce: 'Reduce'}},
};

/** emulateMediaType/emulateMediaFeatures through the inspector (features not named are reset, as in Chromium). */
function webkitMedia(inspector) {
  return {
    async emulateMediaType(type) {
      // The media type is applied only while the Page domain is on (its agent answers the style resolver).
      await inspector.send('Page.enable').catch((error) => {
        if (!/already enabled/.test(error.message)) throw error;
      });
      await inspector.send('Page.setEmulatedMedia', {media: type === 'screen' ? '' : (type ?? '')});
    },
    async emulateMediaFeatures(features = []) {
      for (const [feature, {name, values}] of Object.entries(WEBKIT_PREFERENCES)) {
        const value = features.find((f) => f.name === feature)?.value;
        if (value && !(value in values)) throw new Error(`WebKit cannot emulate (${feature}: ${value})`);
        await inspector.send('Page.overrideUserPreference', value ? {name, value: values[value]} : {name});
      }
      const other = features.find((f) => !(f.name in WEBKIT_PREFERENCES));
      if (other) throw new Error(`WebKit cannot emulate (${other.name}: ${other.value}) in this runner`);
    },
  };
}

/** The TCP ports a process listens on (from /proc: its socket inodes among the listening sockets). */
function listeningPorts(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (link.startsWith('socket:[')) inodes.add(link.slice(8, -1));
    } catch {
      // The descriptor closed meanwhile.
    }
  }
  return ['tcp', 'tcp6'].flatMap((file) =>
    readFileSync(`/proc/${pid}/net/${file}`, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A' && inodes.has(fields[9]))
      .map((fields) => parseInt(fields[1].split(':')[1], 16))
  );
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The WebDriver launcher, seen by the commands as a puppeteer one (its page is webdriverPage()). It starts
 * MiniBrowser itself, with the remote inspector's HTTP server on, and has WebKitWebDriver attach to it
 * (browserOptions.targetAddress): launched by the driver, the browser's inspector serves the driver alone.
 */
class WebkitLauncher extends WebdriverLauncher {
  constructor(options, env) {
    super(options);
    this.type = 'puppeteer';
    this.env = env;
  }
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
  async createDriverManager() {
    const httpPort = await freePort();
    this.browser = spawn(MINIBROWSER_PATH, ['--automation'], {env: {...this.env, WEBKIT_INSPECTOR_HTTP_SERVER: `127.0.0.1:${httpPort}`}, stdio: 'ignore'});
    process.once('exit', () => this.browser?.kill());
    // Its inspector server listens on a port of its own choosing beside the HTTP one.
    let port;
    for (let waited = 0; !port; waited += 100) {
      if (this.browser.exitCode !== null || waited > 60000) throw new Error(`WebKit: MiniBrowser (${MINIBROWSER_PATH}) did not start its inspector`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      port = listeningPorts(this.browser.pid).find((p) => p !== httpPort);
    }
    this.options.capabilities['webkitgtk:browserOptions'] = {targetAddress: `127.0.0.1:${port}`};
    this.inspector = new WebkitInspector(httpPort);
    return super.createDriverManager();
  }
  getPage() {
    if (!this.driver) throw new Error('WebKit: no WebDriver session');
    return (this.page ??= webdriverPage(this.driver, this.inspector));
  }
  async stop() {
    this.page = undefined;
    this.inspector?.close();
    await super.stop();
    this.browser?.kill();
    this.browser = undefined;
  }
}

/** A GTK stylesheet that lets MiniBrowser's toolbar shrink, so the window can be 320 px wide. */
function gtkConfigHome() {
  const home = join(tmpdir(), 'summit-widgets-minibrowser-gtk');
  mkdirSync(join(home, 'gtk-3.0'), {recursive: true});
  writeFileSync(join(home, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border-width: 0; }\n');
  return home;
}

/**
 * WebKit: starts WebKitWebDriver (and Xvfb when there is no DISPLAY) on free ports, and MiniBrowser when
 * the first file runs; they stop with the runner's process.
 */
export function webkitEngine() {
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT) || 4400 + (process.pid % 500);
  const env = {...process.env, XDG_CONFIG_HOME: gtkConfigHome()};
  const children = [];
  if (!env.DISPLAY) {
    const display = `:${100 + (process.pid % 400)}`;
    children.push(spawn('Xvfb', [display, '-screen', '0', `${SCREEN.join('x')}x24`, '-nolisten', 'tcp'], {stdio: 'ignore'}));
    env.DISPLAY = display;
  }
  children.push(spawn(WEBKIT_DRIVER, [`--port=${port}`, '--replace-on-new-session'], {env, stdio: 'ignore'}));
  const stop = () => children.reverse().forEach((child) => child.kill());
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(1)));
  return new WebkitLauncher(
    {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 10,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for BiDi unless told classic; WebKitWebDriver speaks classic.
        'wdio:enforceWebDriverClassic': true,
      },
    },
    env
  );
}

/** The launchers for ENGINES. */
export function engineLaunchers(engines = enginesFromEnv()) {
  const make = {chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine};
  return engines.map((engine) => make[engine]());
}

/** What each engine needs installed (Debian packages), and whether it is there. */
export const ENGINE_PACKAGES = {
  firefox: {packages: ['firefox-esr'], present: () => existsSync(FIREFOX_PATH)},
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    present: () => existsSync(MINIBROWSER_PATH) && has(WEBKIT_DRIVER) && (!!process.env.DISPLAY || has('Xvfb')),
  },
};

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}
