// Worker threads start without tsx's loader; this registers it, then hands over to worker.ts.
import { register } from 'tsx/esm/api';

register();
const { default: analyse } = await import('./worker.ts');
export default analyse;
