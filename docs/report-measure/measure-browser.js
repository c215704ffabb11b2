// How fast a report opens and pages in headless Chromium (real time, through the DevTools protocol).
// Usage: npm install puppeteer-core@22 in a scratch folder (it downloads no browser), then
//   NODE_PATH=/scratch/folder/node_modules node docs/report-measure/measure-browser.js /full/path/to/DIR/report
// Prints JSON: overview load times, paging/sorting/filtering times, article page load, next-article and jump times, console errors.
const puppeteer = require('puppeteer-core');
const dir = process.argv[2];
const med = a => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const max = a => Math.max(...a);
(async () => {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: 'new',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(String(e)));
  const url = p => 'file://' + dir + '/' + p;
  const out = {};

  // Overview: time to a filled table (load event; the table is built by then), 3 times.
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    await page.goto(url('index.html'), { waitUntil: 'load' });
    await page.waitForSelector('#articles tbody tr');
    loads.push(Date.now() - t);
  }
  out.indexLoadMs = loads;
  out.rows = await page.$eval('#articles .toolbar .muted', e => e.textContent);
  // Paging, sorting, filtering, timed inside the page (each handler renders synchronously).
  out.paging = await page.evaluate(() => {
    const buttons = document.querySelectorAll('.pager button');
    const time = f => { const t = performance.now(); f(); return performance.now() - t; };
    const next = [], prev = [];
    for (let i = 0; i < 50; i++) next.push(time(() => buttons[2].click()));
    for (let i = 0; i < 20; i++) prev.push(time(() => buttons[1].click()));
    const last = time(() => buttons[3].click());
    const th = [...document.querySelectorAll('th')];
    const sortWords = time(() => th.find(x => x.textContent.startsWith('words')).click());
    const sortTitle = time(() => th.find(x => x.textContent.startsWith('title')).click());
    return { next, prev, last, sortWords, sortTitle, label: document.querySelector('.pager').textContent };
  });
  // Filter: typing is debounced 150 ms; time from the input event to the rendered result.
  out.filterMs = await page.evaluate(() => new Promise(resolve => {
    const input = document.querySelector('input[type=search]');
    const count = document.querySelector('#articles .toolbar .muted');
    const t = performance.now();
    const obs = new MutationObserver(() => { obs.disconnect(); resolve({ ms: performance.now() - t - 150, shown: count.textContent }); });
    obs.observe(count, { childList: true, characterData: true, subtree: true });
    input.value = '00-01';
    input.dispatchEvent(new Event('input'));
  }));

  // Article page: first open, then paging with ] (hash change; a new chunk now and then).
  let t = Date.now();
  await page.goto(url('article.html#n=1'), { waitUntil: 'load' });
  await page.waitForSelector('mark.e');
  out.articleFirstLoadMs = Date.now() - t;
  const count = await page.evaluate(() => window.FX_CHUNKS[0]);
  const steps = [];
  for (let n = 2; n <= Math.min(200, count); n++) {
    t = Date.now();
    await page.keyboard.press(']');
    await page.waitForFunction(k => document.getElementById('position').textContent.startsWith('article ' + k + ' '), {}, n);
    steps.push(Date.now() - t);
  }
  out.articleNextMs = { median: med(steps), max: max(steps), n: steps.length };
  // Jumps far apart (each needs its chunk).
  const jumps = [];
  for (const n of [Math.ceil(count / 2), count, 1, Math.ceil(count * 3 / 4), Math.ceil(count / 4)]) {
    t = Date.now();
    await page.evaluate(k => { location.hash = 'n=' + k; }, n);
    await page.waitForFunction(k => document.getElementById('position').textContent.startsWith('article ' + k.toLocaleString('en') + ' '), {}, n);
    jumps.push(Date.now() - t);
  }
  out.articleJumpMs = jumps;
  // Review queue load.
  t = Date.now();
  await page.goto(url('review.html'), { waitUntil: 'load' });
  await page.waitForSelector('#queue tbody tr');
  out.reviewLoadMs = Date.now() - t;
  out.consoleErrors = errors;
  out.paging.next = { median: +med(out.paging.next).toFixed(1), max: +max(out.paging.next).toFixed(1) };
  out.paging.prev = { median: +med(out.paging.prev).toFixed(1), max: +max(out.paging.prev).toFixed(1) };
  console.log(JSON.stringify(out, null, 1));
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
