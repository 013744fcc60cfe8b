// The day view loads its extra cards and the tips on demand. A test that ends while such an
// import is still in flight would have it resolve after the environment is gone, so the
// modules are loaded once up front and every later import resolves from the cache.
await Promise.all([
  import('../../components/screens/DayExtras'),
  import('../../utils/curriculum/tips'),
]);
