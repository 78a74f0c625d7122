import { build } from 'esbuild';
const [entry, name] = process.argv.slice(2);
const r = await build({ stdin: { contents: `export { ${name} } from ${JSON.stringify(entry)};`, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', metafile: true });
const inputs = Object.entries(r.metafile.outputs)[0][1].inputs;
console.log(name, r.outputFiles[0].contents.length);
for (const [k, v] of Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,15)) console.log('  ', v.bytesInOutput, k);
