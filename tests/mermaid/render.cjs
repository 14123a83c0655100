// Draws the ```mermaid blocks of Markdown files with Mermaid's own renderer (mermaid.render) in
// one headless chromium page, Mermaid loaded once: mermaid-cli opens a page and loads Mermaid
// (3.5 MB of script) for every chart, all charts at once, which took 35 s to over 250 s for the
// 14 charts on a loaded 2-core machine.
//   node render.cjs NODE_MODULES PUPPETEER_JSON IN.md FORMAT [IN.md FORMAT ...]
// writes IN-out-N.FORMAT beside each IN.md (FORMAT svg or png; a png at twice the pixels, on
// white), and exits 1 naming the chart that Mermaid refuses.
'use strict';
const fs = require('fs');
const path = require('path');

const FENCE = /^```mermaid\s*\n([\s\S]*?)^```/gm;

function charts(markdownPath) {
  const text = fs.readFileSync(markdownPath, 'utf8');
  return Array.from(text.matchAll(FENCE), (match) => match[1]);
}

function outputPath(markdownPath, n, format) {
  return markdownPath.replace(/\.md$/, `-out-${n}.${format}`);
}

async function svgOf(page, id, source) {
  return page.evaluate(async (chartId, text) => {
    const { svg } = await window.mermaid.render(chartId, text);
    return svg;
  }, id, source);
}

async function pngOf(page, svg) {
  await page.evaluate((markup) => {
    document.body.innerHTML = markup;
  }, svg);
  const clip = await page.$eval('svg', (node) => {
    const box = node.getBoundingClientRect();
    return { x: Math.floor(box.left), y: Math.floor(box.top),
             width: Math.ceil(box.width), height: Math.ceil(box.height) };
  });
  return page.screenshot({ clip });
}

async function drawFile(page, markdownPath, format) {
  const sources = charts(markdownPath);
  for (const [i, source] of sources.entries()) {
    const n = i + 1;
    const id = `chart-${path.basename(markdownPath, '.md')}-${n}`;
    let svg;
    try {
      svg = await svgOf(page, id, source);
    } catch (error) {
      throw new Error(`${markdownPath}: chart ${n}: Mermaid refused it: ${error.message}`);
    }
    const data = format === 'png' ? await pngOf(page, svg) : svg;
    fs.writeFileSync(outputPath(markdownPath, n, format), data);
    console.log(` drawn ${outputPath(markdownPath, n, format)}`);
  }
}

async function openPage(puppeteer, config, modules) {
  const browser = await puppeteer.launch(config);
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600, deviceScaleFactor: 2 });
  await page.setContent('<!doctype html><html><body style="background: white"></body></html>');
  await page.addScriptTag({ path: path.join(modules, 'mermaid', 'dist', 'mermaid.min.js') });
  await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, theme: 'default' }));
  return { browser, page };
}

async function main(argv) {
  const [modules, configPath, ...jobs] = argv;
  if (!modules || !configPath || jobs.length === 0 || jobs.length % 2 !== 0) {
    throw new Error('usage: render.cjs NODE_MODULES PUPPETEER_JSON IN.md FORMAT [IN.md FORMAT ...]');
  }
  const puppeteer = require(path.join(modules, 'puppeteer'));
  const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
  const { browser, page } = await openPage(puppeteer, config, modules);
  try {
    for (let i = 0; i < jobs.length; i += 2) {
      await drawFile(page, jobs[i], jobs[i + 1]);
    }
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`render.cjs: ${error.message}`);
  process.exit(1);
});
