import type { Alignment, Sentence } from '../types.js';

