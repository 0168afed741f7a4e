// Benchmark entry point (npm run bench). Placeholder until the quality-gates issue measures
// annotation time, navigation latency and bundle sizes against their budgets.
console.log('bench: no measurements yet (see the quality-gates issue)');
