import { useColor } from './color.js';
import { limitHeapGrowth } from './heap-growth.js';
import { createProcessIO, quietOnClosedPipe } from './io.js';
import { main, optionPart } from './run.js';

// The program: a closed pipe ends it quietly; colours follow --no-color, NO_COLOR and FORCE_COLOR.
const args = process.argv.slice(2);
limitHeapGrowth();
quietOnClosedPipe();
const color = useColor(process.env, optionPart(args).includes('--no-color'), Boolean(process.stdout.isTTY));
process.exitCode = await main(args, createProcessIO(color));
