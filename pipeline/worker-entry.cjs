// Worker threads start without tsx's loader; this registers it, then hands over to worker.ts. tsx's
// CommonJS hook transforms the TypeScript in the thread itself. Its ES-module loader would run its hooks
// on a thread of their own (module.register), one more V8 isolate per worker, about 30 MB each.
const { register } = require('tsx/cjs/api');

register();
module.exports = require('./worker.ts').default;
