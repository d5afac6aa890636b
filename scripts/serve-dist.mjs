// Serves dist/ on http://127.0.0.1:8080 (or PORT). Used by scripts/serve.sh after the build.
import path from 'node:path';
import { staticServer } from './static-server.mjs';

const dir = path.resolve(process.argv[2] || 'dist');
const port = Number(process.env.PORT || 8080);
staticServer(dir).listen(port, '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}/ (Ctrl-C to stop)`));
