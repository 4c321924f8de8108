// `npm run test:e2e`, first step: builds dist/ when it is missing or older than src/ (see harness.js).
import { buildIfStale } from './harness.js';

buildIfStale();
