#!/usr/bin/env node
/**
 * No hard-coded colours in the site's own styles: every colour comes from a design token, so a
 * municipality's theme (a set of tokens) restyles everything. This fails on a colour literal — hex,
 * a colour function or a named colour — in a declaration in src/**\/*.css or a Svelte <style> block.
 * `var(...)`, currentColor, transparent and inherit are fine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

// CSS named colours (CSS Color 4), without transparent and currentcolor.
const NAMED = `aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet
brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan
darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred
darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink
deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold
goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush
lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey
lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime
limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise
palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue
saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow
springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen`
  .split(/\s+/)
  .join('|');

const COLOUR = new RegExp(
  String.raw`#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(|\b(?:${NAMED})\b`,
  'i',
);
const DECLARATION = /([-\w]+)\s*:\s*([^;{}]+)(?=[;}])/g;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(css|svelte)$/.test(name) ? [path] : [];
  });
}

function styles(path) {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

const problems = [];
for (const path of files(src)) {
  const css = styles(path).replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, property, value] of css.matchAll(DECLARATION)) {
    // Custom properties may hold any value; only what is used (a declaration's value) counts, and
    // a token set file defining colours lives in node_modules, not here.
    // Token names (--utrecht-color-white) are references, not colours.
    if (COLOUR.test(value.replace(/--[-\w]+/g, '')))
      problems.push(`${relative(src, path)}: ${property}: ${value.trim()}`);
  }
}

if (problems.length) {
  console.error('Hard-coded colours (use a design token instead):');
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('No hard-coded colours in src/.');
