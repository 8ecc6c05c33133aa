// The public surface of the notes module: what other modules and the app may import (eslint.config.js holds them to it).
export { notesRoutes } from './notes.routes.js';
