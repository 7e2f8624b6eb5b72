import * as esbuild from 'esbuild';
import zlib from 'node:zlib';
const gz=(b)=>zlib.gzipSync(b,{level:9}).length;
const entry = process.argv[2] || 'src/define/all.ts';
const stub = (filter, contents, loader='js') => ({name:'stub'+filter, setup(b){ b.onLoad({filter}, ()=>({contents, loader})); }});
async function size(plugins){ const r = await esbuild.build({entryPoints:[entry],bundle:true,minify:true,format:'esm',write:false,target:'es2022',tsconfig:'tsconfig.json',legalComments:'none',charset:'utf8',plugins}); return gz(r.outputFiles[0].contents);}
const full=await size([]);
const noData=await size([stub(/ca-jad-2025\.json$/,'{}','json')]);
console.log({full, noData, data: full-noData});
const base = [stub(/ca-jad-2025\.json$/,'{}','json')];
const cases = {
  styles: [stub(/styles\.ts$/, 'import {css} from "lit"; export const styles = css``, baseStyles=css``, countryAgreementsStyles=css``, timelineStyles=css``;','ts')],
  messages: [stub(/messages\.ts$/, 'export const MESSAGES={en:{},ja:{},ru:{}}; export const SHARED_MESSAGES=MESSAGES; export const format=(s)=>s;','ts')],
  validate: [stub(/validate\.ts$/, 'export function validateDataset(x){return {ok:true,value:x}}; export const formatProblem=(p)=>p.path;','ts')],
};
for (const [k,p] of Object.entries(cases)) { try { const s = await size([...base, ...p]); console.log(k, noData - s); } catch(e){ console.log(k, 'err', e.message.slice(0,300)); } }
