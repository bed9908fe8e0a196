// assets.mjs - builds the front-end assets the pages load, fingerprinted, and
// the manifest the templates read them by (Site.Asset.*, an HDF file that
// conf/site.hdf includes). Run by `make all`: node conf/assets.mjs OUTDIR.
//
// Why pruned and not compiled from Sass by component: the templates (and the
// C that fills their classes) are the one truth of which classes a page can
// carry; PurgeCSS keeps exactly the rules whose selectors those sources name,
// where a Sass component list would still ship every unused rule of each
// component it keeps, and would drift from the templates. The JS is built
// from Bootstrap Italia's ES modules, only the plugins the pages use.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { PurgeCSS } from 'purgecss';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = resolve(process.argv[2] || join(ROOT, 'build'));
const DIST = join(OUT, 'static');          // served by nginx as /static/dist/
const URL_BASE = '/static/dist';
const BI = join(ROOT, 'node_modules/bootstrap-italia/dist');

// The Bootstrap Italia plugins the pages use: the version marker and focus ring
// (init), the main menu's panel (navbar-collapsible), the form labels (input).
const BI_PLUGINS = ['init', 'navbar-collapsible', 'input'];
// Where a class or an icon name a page can carry is written.
const SOURCES = ['templates/**/*.cs', 'cgi-bin/**/*.c', 'conf/*.hdf', 'static/js/*.js'];
// Fonts the first paint needs (the header and the body text): preloaded.
const PRELOAD_FONTS = ['titillium-web-v10-latin-ext_latin-regular', 'titillium-web-v10-latin-ext_latin-600',
	'titillium-web-v10-latin-ext_latin-700'];

const hash = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 12);
const manifest = {};

function emit(key, name, ext, body) {
	const file = `${name}.${hash(body)}.${ext}`;
	writeFileSync(join(DIST, file), body);
	if (ext !== 'woff2')   // nginx's gzip_static: the best level once, not level 1 on each request
		writeFileSync(join(DIST, `${file}.gz`), gzipSync(body, { level: 9 }));
	manifest[key] = `${URL_BASE}/${file}`;
}

// site.css names the fonts as ../bootstrap-italia/fonts/ (nginx's alias of the package).
const biFonts = {
	name: 'bi-fonts',
	setup(b) {
		b.onResolve({ filter: /bootstrap-italia\/fonts\// }, (a) => ({
			path: join(BI, 'fonts', a.path.split('bootstrap-italia/fonts/')[1]),
		}));
	},
};

const cssOptions = {
	bundle: true, minify: true, write: false, outdir: DIST, plugins: [biFonts],
	loader: { '.woff2': 'file', '.woff': 'file' }, assetNames: '[name].[hash]', logLevel: 'error',
};

function pluginSources() {
	return BI_PLUGINS.map((p) => join(BI, 'plugins', `${p}.js`));
}

// The custom properties our own CSS reads: Bootstrap Italia's CSS keeps their definitions.
function ownVariables() {
	const names = readdirSync(join(ROOT, 'static/css')).flatMap((n) =>
		[...readFileSync(join(ROOT, 'static/css', n), 'utf8').matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
	return [...new Set(names)].map((n) => new RegExp(`^${n}$`));
}

// The version marker (--bootstrap-italia-version, read by AgID's checker) is kept by name.
// Bootstrap Italia's CSS with only the rules the sources can use, then site.css.
async function buildMainCss() {
	const content = [...SOURCES.map((g) => join(ROOT, g)), ...pluginSources(),
		join(BI, 'plugins/dom/*.js'), join(BI, 'plugins/util/*.js')];
	const [purged] = await new PurgeCSS().purge({
		content, css: [join(BI, 'css/bootstrap-italia.min.css')],
		variables: true,   // custom properties no kept rule reads (nor our CSS: ownVariables)
		fontFace: true,    // video.js's icon font (a data: URL the CSP refuses anyway)
		safelist: {
			standard: [/^focus--/, /^show$/, /^showing$/, /^hiding$/, /^expanded$/],
			variables: [/^--bootstrap-italia-version$/, /^--bs-breakpoint-/, ...ownVariables()],
		},
	});
	const tmp = join(OUT, 'assets-src');
	mkdirSync(tmp, { recursive: true });
	writeFileSync(join(tmp, 'bootstrap-italia.css'), purged.css);
	writeFileSync(join(tmp, 'main.css'),
		`@import "./bootstrap-italia.css";\n@import "${join(ROOT, 'static/css/site.css')}";\n`);
	const r = await esbuild.build({ ...cssOptions, entryPoints: [join(tmp, 'main.css')] });
	for (const f of r.outputFiles) {
		if (f.path.endsWith('.css'))
			emit('css', 'main', 'css', Buffer.from(f.contents));
		else
			writeFileSync(f.path, f.contents);   // fonts, already named by their hash
	}
	for (const font of PRELOAD_FONTS) {
		const f = r.outputFiles.find((o) => basename(o.path).startsWith(`${font}.`) && o.path.endsWith('.woff2'));
		if (!f)
			throw new Error(`font ${font} not in the CSS`);
		manifest[`font.${font.replace(/\W/g, '_')}`] = `${URL_BASE}/${basename(f.path)}`;
	}
}

async function buildMainJs() {
	const [init, menu, input] = pluginSources();
	// site.js closes the menu's panel through window.bootstrap, as with the full bundle.
	const contents = [`import ${JSON.stringify(join(ROOT, 'static/js/site.js'))};`, `import ${JSON.stringify(init)};`,
		`import ${JSON.stringify(input)};`, `import NavBarCollapsible from ${JSON.stringify(menu)};`,
		'window.bootstrap = { NavBarCollapsible };'].join('\n');
	const r = await esbuild.build({
		stdin: { contents, resolveDir: ROOT, loader: 'js' }, bundle: true, minify: true,
		format: 'esm', target: 'es2020', write: false, logLevel: 'error',
		ignoreAnnotations: true,   // the package says sideEffects: false, but its plugins bind on import
	});
	emit('js', 'main', 'js', Buffer.from(r.outputFiles[0].contents));
}

// The pages' own CSS (Page.Css) and scripts, one file each.
async function buildPageFiles(dir, ext, group) {
	for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith(`.${ext}`) && !/^site\./.test(n))) {
		const r = await esbuild.build({ ...cssOptions, entryPoints: [join(ROOT, dir, name)], bundle: ext === 'css' });
		emit(`${group}.${name.replace(/\.\w+$/, '').replace(/\W/g, '_')}.${ext}`, name.replace(/\.\w+$/, ''), ext,
			Buffer.from(r.outputFiles.find((f) => f.path.endsWith(`.${ext}`)).contents));
	}
}

// Bootstrap Italia's icon sprite with only the symbols the sources name.
function buildSprites() {
	const svg = readFileSync(join(BI, 'svg/sprites.svg'), 'utf8');
	const used = new Set();
	const texts = [];
	const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => {
		const p = join(d, e.name);
		if (e.isDirectory())
			walk(p);
		else if (/\.(cs|c|hdf|js)$/.test(e.name))
			texts.push(readFileSync(p, 'utf8'));
	});
	['templates', 'cgi-bin', 'conf', 'static/js'].forEach((d) => walk(join(ROOT, d)));
	texts.join('\n').replace(/\bit-[a-z0-9-]+/g, (m) => used.add(m));
	const symbols = svg.match(/<symbol\b[\s\S]*?<\/symbol>/g)
		.filter((s) => used.has((s.match(/\bid="([^"]+)"/) || [])[1]));
	const head = svg.slice(0, svg.indexOf('<symbol'));
	emit('sprites', 'sprites', 'svg', Buffer.from(`${head}${symbols.join('')}</svg>\n`));
}

// The coat of arms (Site.Logo in conf/site.hdf) and the favicon.
function buildImages() {
	const site = readFileSync(join(ROOT, 'conf/site.hdf'), 'utf8');
	const logo = (site.match(/^Site\.Logo\s*=\s*(\S+)/m) || [])[1];
	if (!logo)
		throw new Error('conf/site.hdf: no Site.Logo');
	const files = { logo, favicon: 'images/favicon.svg' };
	for (const [key, rel] of Object.entries(files))
		emit(key, basename(rel).replace(/\.\w+$/, ''), rel.split('.').pop(), readFileSync(join(ROOT, 'static', rel)));
}

function writeManifest() {
	const lines = Object.keys(manifest).sort().map((k) => `Site.Asset.${k} = ${manifest[k]}`);
	writeFileSync(join(OUT, 'assets.hdf'),
		`# Generated by conf/assets.mjs: the fingerprinted assets (included by conf/site.hdf).\n${lines.join('\n')}\n`);
}

// Earlier builds' files stay: pages rendered before a deploy (and kept in the workers'
// caches until the programs reload) still name them. `make clean` removes them.
mkdirSync(DIST, { recursive: true });
await buildMainCss();
await buildMainJs();
await buildPageFiles('static/css', 'css', 'Page');
await buildPageFiles('static/js', 'js', 'Script');
buildSprites();
buildImages();
writeManifest();
