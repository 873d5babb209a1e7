// Preloaded (`node -r`) into a measured Node process when /usr/bin/time is missing: writes the
// process's peak resident set size (KB) to $BENCH_MAXRSS_FILE as it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_MAXRSS_FILE) writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
