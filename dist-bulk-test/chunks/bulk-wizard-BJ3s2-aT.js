import{m as e,d as t,R as r,i,D as a,_ as s}from"./devreg-element-BXWJlbIc.js";import{css as o,nothing as n,html as l}from"lit";import{property as d,state as c}from"lit/decorators.js";import{D as u}from"./devreg-bulk-completed-BXPR5bIO.js";import{D as p}from"./devreg-close-DDMotsws.js";import{W as h}from"./wizard-RT0fKe69.js";import{s as m}from"./shared-DanW-4g-.js";import{v,C as f}from"./headers-rkDCVvqw.js";import{classMap as b}from"lit/directives/class-map.js";import{styleMap as g}from"lit/directives/style-map.js";import{v as w}from"./virtualize-TMtxZHxc.js";import{e as $}from"./error-text-BaIhE4p8.js";function y(t){switch(t){case";":return e("Semicolon (;)",{id:"csv.separator.semicolon"});case",":return e("Comma (,)",{id:"csv.separator.comma"});case"\t":return e("Tab",{id:"csv.separator.tab"})}}function k(r){switch(r.code){case"missing-id":return e("The ID is missing.",{id:"csv.row.missing-id"});case"duplicate-id":return e(t`The ID ${r.id} appears more than once (first on line ${r.firstLine}).`,{id:"csv.row.duplicate-id"});case"missing-credentials":return e("CREDENTIALS is required unless AUTH_TYPE is CERTIFICATES.",{id:"csv.row.missing-credentials"});case"invalid-auth-type":return e(t`AUTH_TYPE must be BASIC or CERTIFICATES, not "${r.value}".`,{id:"csv.row.invalid-auth-type"});case"invalid-shell":return e(t`SHELL must be 0 or 1, not "${r.value}".`,{id:"csv.row.invalid-shell"});case"type-name-required":return e(t`TYPE and NAME are required when ${r.columns.join(", ")} is used.`,{id:"csv.row.type-name-required"});case"too-long":return e(t`${r.column} is too long: ${r.length} characters, at most ${r.max} allowed.`,{id:"csv.row.too-long"});case"too-many-fields":return e(t`The line has ${r.count} values but the header only ${r.expected} columns.`,{id:"csv.row.too-many-fields"});case"bad-quotes":return e("A quoted value is malformed: text follows its closing quote.",{id:"csv.row.bad-quotes"})}}function C(e){return(e??[]).map(k).join(" ")}const x=";";function z(e){return/[;"\r\n]/.test(e)||e!==e.trim()?`"${e.replace(/"/g,'""')}"`:e}function S(e){return e.columns.map(e=>z(e.name)).join(x)}function R(e){return e.values.map(z).join(x)}function T(e,t){const r=t.map(R);return{text:[S(e),...r].join("\r\n")+"\r\n",lines:r}}function D(e,t){const r=e=>{return z(/^[=+\-@\t\r]/.test(t=e)?`'${t}`:t);var t};return"\ufeff"+[[...e.columns.map(e=>e.name),"ERROR"].map(r).join(x),...[...t].sort((e,t)=>e.line-t.line).map(e=>[...e.values,e.error].map(r).join(x))].join("\r\n")+"\r\n"}const I={simple:'"ID";"PATH"',full:'"ID";"CREDENTIALS";"TYPE";"NAME";"ICCID";"IDTYPE";"PATH";"SHELL";"AUTH_TYPE"'};const E=o`
  :host {
    display: block;
    --_gap: var(--devreg-bulk-wizard-gap, var(--devreg-space-m, 0.75rem));
    --_muted: var(--devreg-color-text-muted, #57606a);
    --_border: var(--devreg-color-border, #d0d7de);
  }
  h2 {
    margin: 0 0 var(--_gap);
    font-size: 1.25rem;
  }
  h3 {
    margin: 0 0 calc(var(--_gap) / 2);
    font-size: 1rem;
  }
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .hint {
    color: var(--_muted);
  }
  .drop-zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_gap) / 2);
    padding: calc(var(--_gap) * 1.5);
    border: 2px dashed var(--devreg-bulk-wizard-drop-border, var(--devreg-color-border-strong, #8c959f));
    border-radius: var(--devreg-radius, 4px);
    background: var(--devreg-bulk-wizard-drop-background, var(--devreg-color-surface-muted, #f6f8fa));
  }
  .drop-zone.dragging {
    border-color: var(--devreg-color-primary, #0b5cad);
  }
  .drop-zone label {
    font-weight: 600;
  }
  .buttons,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
  }
  .actions {
    justify-content: flex-end;
    border-top: 1px solid var(--_border);
    padding-top: var(--_gap);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_gap);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .separator {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_gap) / 2);
  }
  ul.notices {
    margin: 0;
    padding-left: 1.25rem;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    font-weight: 600;
  }
  .invalid-count {
    color: var(--devreg-color-danger-text, #a0180e);
  }
  .progress-track {
    height: 0.75rem;
    border-radius: 999px;
    background: var(--devreg-bulk-wizard-progress-track, var(--devreg-color-surface-muted, #eaeef2));
    overflow: hidden;
    border: 1px solid var(--_border);
  }
  .progress-bar {
    height: 100%;
    background: var(--devreg-bulk-wizard-progress-color, var(--devreg-color-primary, #0b5cad));
    transition: width 0.2s;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--devreg-radius, 4px);
  }
  .table {
    min-width: 100%;
    width: max-content;
  }
  .tr {
    display: grid;
    grid-template-columns: var(--_columns);
    width: 100%;
    border-bottom: 1px solid var(--_border);
  }
  .thead .tr {
    background: var(--devreg-color-surface-muted, #f6f8fa);
    font-weight: 600;
  }
  .th,
  .td {
    padding: 0.375rem 0.5rem;
    overflow-wrap: anywhere;
  }
  .tr.empty {
    grid-template-columns: 1fr;
    color: var(--_muted);
  }
  [part~='invalid-row'] {
    background: var(--devreg-bulk-wizard-invalid-row-background, var(--devreg-color-danger-surface, #fef3f2));
  }
  .error-cell {
    color: var(--devreg-color-danger-text, #a0180e);
  }
`;function N(e,t){const r="string"==typeof t.line?t.line:String(t.line??"");if(""!==r){let t=e.lines.indexOf(r);if(t<0&&(t=e.lines.findIndex(e=>e.trim()===r.trim())),t>=0)return e.lineNumbers[t];if(/^\d+$/.test(r.trim())){const t=Number(r.trim())-2;if(t>=0&&t<e.lineNumbers.length)return e.lineNumbers[t]}}if(void 0!==t.deviceId){const r=e.ids.indexOf(t.deviceId);if(r>=0)return e.lineNumbers[r]}}class A{#e=[];#t=0;#r=!1;#i;#a=0;#s;#o;#n;constructor(e,t,r,i={}){this.adapter=e,this.header=t,this.rows=r,this.#s=Math.max(1,Math.floor(i.chunkSize??500)),this.#o=Math.max(0,i.retries??3),this.#n=Math.max(0,i.retryDelay??1e3),this.chunks=function(e,t){const r=Math.max(1,Math.floor(t)),i=[];for(let t=0;t<e;t+=r)i.push([t,Math.min(e,t+r)]);return i}(r.length,this.#s)}get nextChunk(){return this.#t}get complete(){return this.#t>=this.chunks.length}get rowsSent(){return this.#t>=this.chunks.length?this.rows.length:this.chunks[this.#t][0]}get result(){return function(e,t=e.length,r){const i=[...e].sort((e,t)=>e.index-t.index),a={numberOfAll:0,numberOfCreated:0,numberOfFailed:0,numberOfSuccessful:0,credentialUpdatedList:[],failedCreationList:[],failures:[],chunksSent:i.length,chunksTotal:t,rowsSent:0,rowsTotal:0,complete:i.length>=t};for(const e of i){const t=e.result;a.numberOfAll+=t.numberOfAll??0,a.numberOfCreated+=t.numberOfCreated??0,a.numberOfFailed+=t.numberOfFailed??0,a.numberOfSuccessful+=t.numberOfSuccessful??0,a.credentialUpdatedList.push(...t.credentialUpdatedList??[]),a.failedCreationList.push(...t.failedCreationList??[]),a.rowsSent+=e.lines.length;for(const r of t.failedCreationList??[])a.failures.push({lineNumber:N(e,r),deviceId:r.deviceId,reason:r.failureReason})}return a.rowsTotal=r??a.rowsSent,a.failures.sort((e,t)=>(e.lineNumber??1/0)-(t.lineNumber??1/0)),a}(this.#e,this.chunks.length,this.rows.length)}cancel(){this.#r=!0,this.#i?.()}async run(e,t){for(this.#r=!1;this.#t<this.chunks.length;){if(t?.aborted)return{status:"aborted"};if(this.#r)return{status:"cancelled"};const a=this.#t,[s,o]=this.chunks[a],n=this.rows.slice(s,o),l=T(this.header,n),d=new File([l.text],`bulk-registration-${a+1}.csv`,{type:"text/csv"}),c=(t,r)=>e({rowsDone:s+Math.round((o-s)*t),rowsTotal:this.rows.length,chunk:a,chunks:this.chunks.length,msLeft:this.#l(),retry:r});let u;c(0);for(let e=0;;e++){const a=performance.now();try{u=await this.adapter.bulkRegister(d,{signal:t,onProgress:({loaded:e,total:t})=>c(t>0?.95*Math.min(1,e/t):0)}),this.#a+=performance.now()-a;break}catch(s){this.#a+=performance.now()-a;const o=r.from(s);if(i(o)||t?.aborted)return{status:"aborted"};if(!o.retryable||e>=this.#o||this.#r)return this.#r?{status:"cancelled"}:{status:"failed",error:o};const n=Math.min(3e4,void 0!==o.retryAfter?1e3*o.retryAfter:this.#n*2**e);if(c(0,{attempt:e+2,attempts:this.#o+1,delayMs:n,error:o}),await this.#d(n,t),t?.aborted)return{status:"aborted"};if(this.#r)return{status:"cancelled"}}}this.#e.push({index:a,lines:l.lines,lineNumbers:n.map(e=>e.line),ids:n.map(e=>v(this.header,e.values,"ID")),result:u}),this.#t=a+1,c(1)}return{status:"done"}}#l(){const e=this.rowsSent;if(0!==e&&0!==this.#a)return this.#a/e*(this.rows.length-e)}#d(e,t){return new Promise(r=>{const i=()=>{clearTimeout(a),t?.removeEventListener("abort",i),this.#i=void 0,r()},a=setTimeout(i,e);t?.addEventListener("abort",i,{once:!0}),this.#i=i})}}function U(e,t,r){const i=URL.createObjectURL(e),a=document.createElement("a");a.href=i,a.download=t,a.hidden=!0,(r.shadowRoot??r).append(a),a.click(),a.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}function L(e){return e&&e.length>0?e[0]:void 0}function M(e){const t=e.columns.map(e=>e.width).join(" "),r=2.25*Math.min(Math.max(e.items.length,1),8)+.5+"rem";return l`<div class="table-wrap" part="table">
    <div role="table" class="table" aria-label=${e.label} aria-rowcount=${e.items.length+1} style=${g({"--_columns":t})}>
      <div role="rowgroup" class="thead">
        <div role="row" class="tr" aria-rowindex="1">
          ${e.columns.map(e=>l`<span role="columnheader" class="th" part="column-header">${e.label}</span>`)}
        </div>
      </div>
      ${0===e.items.length?l`<div role="rowgroup"><div role="row" class="tr empty" aria-rowindex="2"><span role="cell" class="td">${e.empty}</span></div></div>`:l`<div role="rowgroup" class="tbody" part="rows" tabindex="0" style=${g({height:r})}>
            ${w({items:e.items,keyFunction:e.key,scroller:!0,renderItem:(t,r)=>l`<div role="row" class="tr" aria-rowindex=${r+2} part=${`row ${e.rowPart?.(t)??""}`.trim()}>
                  ${e.cells(t).map(e=>l`<span role="cell" class="td" part="cell">${e}</span>`)}
                </div>`})}
          </div>`}
    </div>
  </div>`}const F=new Set(["CREDENTIALS","ENROLLMENT_OTP"]);function _(r){const i=r.info,a=i?.header,s=a?a.columns.map((e,t)=>({col:e,k:t})).filter(({col:e})=>"ID"!==e.key):[],o=a?.index.ID??0,d=[{label:e("Line",{id:"bulk-wizard.preview.column-line"}),width:"4.5rem"},{label:"ID",width:"minmax(10rem, 14rem)"},...s.map(({col:e})=>({label:e.name,width:"minmax(7rem, 12rem)"})),{label:e("Error",{id:"bulk-wizard.preview.column-error"}),width:"minmax(16rem, 1fr)"}];return l`<section part="step preview-step">
    <dl part="file-info">
      <dt>${e("File",{id:"bulk-wizard.preview.file"})}</dt>
      <dd>${r.fileName}</dd>
      ${i?l`<dt>${e("Encoding",{id:"bulk-wizard.preview.encoding"})}</dt>
            <dd part="encoding">${function(t){switch(t){case"utf-8":return e("UTF-8",{id:"csv.encoding.utf-8"});case"utf-8-bom":return e("UTF-8 with byte order mark (BOM)",{id:"csv.encoding.utf-8-bom"});case"windows-1252":return e("Windows-1252 (ANSI)",{id:"csv.encoding.windows-1252"})}}(i.encoding)}</dd>
            <dt>${e("Format",{id:"bulk-wizard.preview.format"})}</dt>
            <dd part="format"><strong>${u=i.header.format,"simple"===u?e("Simple",{id:"csv.format.simple"}):e("Full",{id:"csv.format.full"})}</strong>: ${function(t){return"simple"===t?e("Creates registration requests. Each device must still be accepted after it connects.",{id:"csv.format.simple.description"}):e("Creates the devices directly with their credentials. There is no acceptance step.",{id:"csv.format.full.description"})}(i.header.format)}</dd>
            ${i.header.customProperties.length?l`<dt>${e("Custom properties",{id:"bulk-wizard.preview.custom-properties"})}</dt>
                  <dd part="custom-properties">${i.header.customProperties.join(", ")}</dd>`:n}`:n}
    </dl>
    ${c=r.problem,void 0===c||["single-column","missing-column","duplicate-column","header-only"].includes(c.code)?l`<div class="separator" part="separator">
          <label for="separator">${e("Separator",{id:"bulk-wizard.preview.separator"})}</label>
          <select id="separator" @change=${e=>r.onSeparator(e.target.value)}>
            ${f.map(e=>l`<option value=${e} ?selected=${e===r.separator}>${y(e)}</option>`)}
          </select>
          ${i?l`<span class="hint">
                ${i.separatorDetected?e("Detected from the header line. Choose another one if the columns look wrong.",{id:"bulk-wizard.preview.separator-detected"}):e("Chosen by you.",{id:"bulk-wizard.preview.separator-chosen"})}
              </span>`:n}
        </div>`:n}
    ${r.problem?l`<p role="alert" class="banner danger" part="problem">${function(r){switch(r.code){case"empty":return e("The file is empty. Choose a CSV file with a header line and one device per line.",{id:"csv.problem.empty"});case"binary":return e("This is not a CSV file: it contains binary data. Save the list as CSV (text) and try again.",{id:"csv.problem.binary"});case"header-only":return e("The file has a header line but no devices. Add one device per line below the header.",{id:"csv.problem.header-only"});case"missing-column":return e(t`The required column ${r.column} is missing from the header line.`,{id:"csv.problem.missing-column"});case"duplicate-column":return e(t`The column ${r.column} appears more than once in the header line.`,{id:"csv.problem.duplicate-column"});case"single-column":return e(t`The header line "${r.header}" is not split into columns by the separator ${y(r.separator)}. Use semicolon, comma or tab between the columns, or choose another separator.`,{id:"csv.problem.single-column"});case"unclosed-quote":return e(t`Line ${r.line} opens a double quote (") that is never closed, so the rest of the file cannot be read. Close or remove the quote.`,{id:"csv.problem.unclosed-quote"});case"read-failed":return e(t`The file could not be read: ${r.message}`,{id:"csv.problem.read-failed"})}}(r.problem)}</p>`:l`${r.notices.length?l`<ul class="notices" part="notices">
                ${r.notices.map(r=>l`<li>${function(r){switch(r.code){case"blank-lines":return e(t`${r.count} blank lines were skipped.`,{id:"csv.notice.blank-lines"});case"trailing-separators":return e("Empty columns at the end of lines (trailing separators) were ignored.",{id:"csv.notice.trailing-separators"});case"mixed-line-endings":return e(t`The file mixes Windows (CRLF, ${r.crlf} lines) and Unix (LF, ${r.lf} lines) line endings; both were read.`,{id:"csv.notice.mixed-line-endings"});case"unnamed-columns":return e(t`Columns without a name in the header were ignored (column ${r.positions.join(", ")}).`,{id:"csv.notice.unnamed-columns"})}}(r)}</li>`)}
              </ul>`:n}
          <p class="counts" role="status" part="counts">
            <span part="valid-count">${e("Valid rows:",{id:"bulk-wizard.preview.valid"})} ${r.validCount}</span>
            <span part="invalid-count" class="invalid-count">${e("Invalid rows:",{id:"bulk-wizard.preview.invalid"})} ${r.invalidCount}</span>
          </p>
          <p class="hint">
            ${e("Nothing has been registered yet. Only the valid rows are uploaded; fix the invalid ones and upload them later.",{id:"bulk-wizard.preview.dry-run"})}
          </p>
          <label part="only-invalid">
            <input type="checkbox" .checked=${r.onlyInvalid} @change=${e=>r.onOnlyInvalid(e.target.checked)} />
            ${e("Show only invalid rows",{id:"bulk-wizard.preview.only-invalid"})}
          </label>
          ${a?M({label:e("Rows of the file",{id:"bulk-wizard.preview.table"}),columns:d,items:r.rows,key:e=>e.line,rowPart:e=>e.errors?"invalid-row":"valid-row",empty:e("No rows to show.",{id:"bulk-wizard.preview.no-rows"}),cells:e=>[e.line,e.values[o],...s.map(({col:t,k:r})=>{return i=t.key,a=e.values[r],F.has(i)&&""!==a?"••••":a;var i,a}),e.errors?l`<span class="error-cell">${C(e.errors)}</span>`:""]}):n}`}
    <div class="actions" part="actions">
      <button type="button" part="choose-another-button" @click=${r.onChooseAnother}>
        ${e("Choose another file",{id:"bulk-wizard.preview.choose-another"})}
      </button>
      <button type="button" part="cancel-button" @click=${r.onCancel}>${e("Cancel",{id:"bulk-wizard.cancel"})}</button>
      <button type="button" class="primary" part="upload-button" ?disabled=${!r.canUpload} @click=${r.onUpload}>
        ${e("Upload",{id:"bulk-wizard.preview.upload"})}
      </button>
    </div>
  </section>`;var c,u}function j(r){const i=r.progress,a=i?.rowsDone??0,s=i?.rowsTotal??0,o=s>0?Math.round(a/s*100):0,d=e(t`${r.format(a)} of ${r.format(s)} rows sent`,{id:"bulk-wizard.upload.rows-done"});let c;if(r.cancelling)c=e("Cancelling: the upload stops after the current chunk.",{id:"bulk-wizard.upload.cancelling"});else if(i?.retry){const a=r.format(Math.ceil(i.retry.delayMs/1e3));c=e(t`Chunk ${i.chunk+1} failed: ${$(i.retry.error)} Trying again in ${a} s (attempt ${i.retry.attempt} of ${i.retry.attempts}).`,{id:"bulk-wizard.upload.retrying"})}else c=e(t`Sending chunk ${r.format((i?.chunk??0)+1)} of ${r.format(i?.chunks??1)}…`,{id:"bulk-wizard.upload.sending"});return l`<section part="step upload-step">
    <div
      role="progressbar"
      part="progress"
      class="progress-track"
      aria-label=${e("Upload progress",{id:"bulk-wizard.upload.progress"})}
      aria-valuemin="0"
      aria-valuemax=${s}
      aria-valuenow=${a}
      aria-valuetext=${d}
    >
      <div class="progress-bar" style=${g({width:`${o}%`})}></div>
    </div>
    <p part="rows-done">${d}</p>
    <p part="time-left">${function(r,i){if(void 0===r)return e("Estimating the time left…",{id:"bulk-wizard.upload.estimating"});const a=Math.max(1,Math.round(r/1e3)),[s,o]=a<90?[a,"second"]:[Math.round(a/60),"minute"],n=new Intl.NumberFormat(i,{style:"unit",unit:o,unitDisplay:"long"}).format(s);return e(t`About ${n} left`,{id:"bulk-wizard.upload.time-left"})}(i?.msLeft,r.locale)}</p>
    <p role="status" part="upload-status">${c}</p>
    <div class="actions" part="actions">
      <button type="button" class="danger" part="cancel-upload-button" ?disabled=${r.cancelling} @click=${r.onCancel}>
        ${e("Cancel upload",{id:"bulk-wizard.upload.cancel"})}
      </button>
    </div>
  </section>${n}`}const O=["file","preview","upload","result"];class q extends a{constructor(){super(...arguments),this.chunkSize=500,this.retries=3,this.retryDelay=1e3,this.step="file",this.dragging=!1,this.fileName="",this.notices=[],this.validCount=0,this.invalidCount=0,this.onlyInvalid=!1,this.uploadStatus="idle",this.#c=[],this.#u=[],this.#p=[],this.#h=[],this.#m=e=>new Intl.NumberFormat(this.effectiveLocale).format(e)}static{this.styles=[m,E]}#v;#c;#u;#p;#h;#f;#b;#g;#w;get heading(){return e("Bulk device registration",{id:"bulk-wizard.heading"})}get hasUnsavedInput(){return void 0!==this.#v&&"done"!==this.uploadStatus}get busy(){return"running"===this.uploadStatus||"cancelling"===this.uploadStatus}disconnectedCallback(){super.disconnectedCallback(),this.#f?.abort(),this.#g?.abort()}updated(e){super.updated(e);const t=`${this.heading}\0${this.hasUnsavedInput}\0${this.busy}`;t!==this.#w&&(this.#w=t,this.dispatchEvent(new h))}#m;render(){return l`<div part="base">
      <h2 part="heading">${this.heading}</h2>
      ${this.#$()}
    </div>`}#$(){switch(this.step){case"file":return r={dragging:this.dragging,reading:this.reading&&{fileName:this.reading.fileName,percent:this.reading.percent,rows:e(t`${this.#m(this.reading.rows)} rows read`,{id:"bulk-wizard.file.rows-read"})},onFile:e=>{this.#y(e)},onDragChange:e=>this.dragging=e,onTemplate:e=>this.#k(e),onCancel:()=>this.#C()},l`<section part="step file-step">
    <p class="hint">
      ${e("Register many devices at once from a CSV file: the first line names the columns, then one device per line.",{id:"bulk-wizard.file.intro"})}
    </p>
    <div
      part="drop-zone"
      class=${b({"drop-zone":!0,dragging:r.dragging})}
      @dragover=${e=>{e.dataTransfer?.types.includes("Files")&&(e.preventDefault(),e.dataTransfer.dropEffect="copy",r.dragging||r.onDragChange(!0))}}
      @dragleave=${()=>r.onDragChange(!1)}
      @drop=${e=>{e.preventDefault(),r.onDragChange(!1);const t=L(e.dataTransfer?.files);t&&r.onFile(t)}}
    >
      <label for="file">${e("CSV file",{id:"bulk-wizard.file.label"})}</label>
      <input
        id="file"
        part="file-input"
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        aria-describedby="drop-hint"
        ?disabled=${void 0!==r.reading}
        @change=${e=>{const t=e.target,i=L(t.files);i&&r.onFile(i),t.value=""}}
      />
      <span id="drop-hint" class="hint">
        ${e("Or drop the file here. Separator ; , or tab; UTF-8 or Windows-1252.",{id:"bulk-wizard.file.drop-hint"})}
      </span>
    </div>
    ${r.reading?l`<div part="reading">
          <p>${e(t`Reading ${r.reading.fileName}…`,{id:"bulk-wizard.file.reading"})}</p>
          <div
            role="progressbar"
            class="progress-track"
            aria-label=${e("Reading the file",{id:"bulk-wizard.file.reading-label"})}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${r.reading.percent}
            aria-valuetext=${r.reading.rows}
          >
            <div class="progress-bar" style=${g({width:`${r.reading.percent}%`})}></div>
          </div>
        </div>`:n}
    <div class="buttons" part="templates">
      <button type="button" part="template-button" @click=${()=>r.onTemplate("simple")}>
        ${e("Download simple template",{id:"bulk-wizard.file.template-simple"})}
      </button>
      <button type="button" part="template-button" @click=${()=>r.onTemplate("full")}>
        ${e("Download full template",{id:"bulk-wizard.file.template-full"})}
      </button>
    </div>
    <div class="actions" part="actions">
      <button type="button" part="cancel-button" @click=${r.onCancel}>${e("Cancel",{id:"bulk-wizard.cancel"})}</button>
    </div>
  </section>`;case"preview":return _({fileName:this.fileName,info:this.info,problem:this.problem,notices:this.notices,separator:this.separator,validCount:this.#m(this.validCount),invalidCount:this.#m(this.invalidCount),canUpload:!this.problem&&this.validCount>0&&void 0!==this.effectiveAdapter,onlyInvalid:this.onlyInvalid,rows:this.onlyInvalid?this.#p:this.#c,onSeparator:e=>{this.#v&&this.#y(this.#v,e)},onOnlyInvalid:e=>this.onlyInvalid=e,onChooseAnother:()=>this.#x(),onUpload:()=>{this.#z()},onCancel:()=>this.#C()});case"upload":return j({progress:this.progress,cancelling:"cancelling"===this.uploadStatus,format:this.#m,locale:this.effectiveLocale,onCancel:()=>this.#S()});case"result":return function(r){const i=r.result,a=r.format,s=i.rowsTotal-i.rowsSent;let o;return o="done"===r.status?l`<p role="status" part="outcome">${e("The upload is complete.",{id:"bulk-wizard.result.done"})}</p>`:"cancelled"===r.status?l`<p role="status" part="outcome" class="banner warning">
      ${e(t`You cancelled the upload. ${a(i.rowsSent)} of ${a(i.rowsTotal)} rows were sent (${a(i.chunksSent)} of ${a(i.chunksTotal)} chunks); ${a(s)} rows were not sent.`,{id:"bulk-wizard.result.cancelled"})}
    </p>`:l`<p role="alert" part="outcome" class="banner danger">
      ${e(t`The upload stopped: chunk ${a(i.chunksSent+1)} of ${a(i.chunksTotal)} could not be sent. ${$(r.error)} ${a(i.rowsSent)} of ${a(i.rowsTotal)} rows were sent; ${a(s)} rows were not sent. "Resume upload" continues with that chunk.`,{id:"bulk-wizard.result.failed"})}
    </p>`,l`<section part="step result-step">
    ${o}
    <dl part="summary">
      <dt>${e("Created",{id:"bulk-wizard.result.created"})}</dt>
      <dd part="created">${a(i.numberOfCreated)}</dd>
      <dt>${e("Credentials updated",{id:"bulk-wizard.result.updated"})}</dt>
      <dd part="updated">${a((d=i,d.credentialUpdatedList.filter(e=>"CREDENTIAL_UPDATED"===e.bulkNewDeviceStatus).length))}</dd>
      <dt>${e("Failed on the server",{id:"bulk-wizard.result.failed-count"})}</dt>
      <dd part="failed">${a(i.numberOfFailed)}</dd>
      <dt>${e("Invalid in the file (not sent)",{id:"bulk-wizard.result.invalid"})}</dt>
      <dd part="invalid">${a(r.invalidCount)}</dd>
      ${s>0?l`<dt>${e("Not sent yet",{id:"bulk-wizard.result.not-sent"})}</dt>
            <dd part="not-sent">${a(s)}</dd>`:n}
    </dl>
    ${r.notRegistered.length?l`<h3>${e("Rows not registered",{id:"bulk-wizard.result.not-registered"})}</h3>
          ${M({label:e("Rows not registered",{id:"bulk-wizard.result.not-registered"}),columns:[{label:e("Line",{id:"bulk-wizard.preview.column-line"}),width:"4.5rem"},{label:"ID",width:"minmax(10rem, 14rem)"},{label:e("Reason",{id:"bulk-wizard.result.column-reason"}),width:"minmax(18rem, 1fr)"}],items:r.notRegistered,key:e=>`${e.source}:${e.line??""}:${e.id}`,rowPart:e=>"server"===e.source?"failed-row":"invalid-row",empty:"",cells:e=>[e.line??"–",e.id,e.reason]})}`:n}
    <div class="actions" part="actions">
      ${r.notRegistered.length?l`<button type="button" part="download-failed-button" @click=${r.onDownloadFailed}>
            ${e("Download failed rows",{id:"bulk-wizard.result.download-failed"})}
          </button>`:n}
      ${i.complete?n:l`<button type="button" class="primary" part="resume-button" @click=${r.onResume}>
            ${e("Resume upload",{id:"bulk-wizard.result.resume"})}
          </button>`}
      <button type="button" part="close-button" @click=${r.onClose}>${e("Close",{id:"bulk-wizard.close"})}</button>
    </div>
  </section>`;var d}({result:this.result,status:"failed"===this.uploadStatus?"failed":"cancelled"===this.uploadStatus?"cancelled":"done",error:this.uploadError,invalidCount:this.invalidCount,notRegistered:this.#h,format:this.#m,onDownloadFailed:()=>this.#R(),onResume:()=>{this.#T()},onClose:()=>this.#C()})}var r}async#y(e,t){this.#f?.abort();const r=this.#f=new AbortController;this.#v=e,this.step="file",this.fileName=e.name,this.reading={fileName:e.name,percent:0,rows:0},this.problem=void 0,this.info=void 0,this.onlyInvalid=!1;try{const{parseCsvFile:i}=await(import("./parse-client-BPMkqPj4.js")),a=await i(e,{separator:t,signal:r.signal,onProgress:t=>{const r=t.totalBytes>0?Math.min(100,Math.floor(t.bytesRead/t.totalBytes*100)):0;this.reading={fileName:e.name,percent:r,rows:t.rows}}});this.#c=a.rows,this.#u=[],this.#p=[];for(const e of a.rows)(e.errors?this.#p:this.#u).push(e);this.info=a.info,this.problem=a.problem,this.notices=a.notices,this.separator=a.separator??t,this.validCount=a.validCount,this.invalidCount=a.invalidCount}catch(e){if(r.signal.aborted)return;this.#c=this.#u=this.#p=[],this.info=void 0,this.notices=[],this.validCount=this.invalidCount=0,this.problem={code:"read-failed",message:e instanceof Error?e.message:String(e)}}r.signal.aborted||(this.reading=void 0,this.#b=void 0,this.result=void 0,this.uploadStatus="idle",this.step="preview")}#x(){this.#f?.abort(),this.#v=void 0,this.#c=this.#u=this.#p=[],this.#h=[],this.#b=void 0,this.info=void 0,this.problem=void 0,this.notices=[],this.separator=void 0,this.reading=void 0,this.result=void 0,this.uploadStatus="idle",this.step="file"}async#z(){const e=this.effectiveAdapter,t=this.info?.header;e&&t&&!this.busy&&(this.#b=new A(e,t,this.#u,{chunkSize:this.chunkSize,retries:this.retries,retryDelay:this.retryDelay}),await this.#T())}async#T(){const e=this.#b;if(!e||this.busy)return;const t=this.#g=new AbortController;this.uploadStatus="running",this.uploadError=void 0,this.progress=void 0,this.step="upload";const r=await e.run(e=>this.progress=e,t.signal);if("aborted"===r.status)return void(this.uploadStatus="idle");const i=e.result;this.result=i,this.#h=this.#D(i),"failed"===r.status?(this.uploadError=this.reportError("bulkRegister",r.error),this.uploadStatus="failed"):(this.uploadStatus=r.status,this.dispatchEvent(new u(i))),this.step="result"}#S(){"running"===this.uploadStatus&&(this.uploadStatus="cancelling",this.#b?.cancel())}#D(e){const t=this.info.header,r=this.#p.map(e=>({line:e.line,id:v(t,e.values,"ID"),reason:C(e.errors),source:"file"})),i=e.failures.map(e=>({line:e.lineNumber,id:e.deviceId??"",reason:e.reason,source:"server"})),a=[];let s=0,o=0;for(;s<r.length||o<i.length;){const e=r[s],t=i[o];void 0===t||void 0!==e&&e.line<=(t.line??1/0)?(a.push(e),s++):(a.push(t),o++)}return a}#k(e){U(function(e){return new Blob([I[e]],{type:"text/csv;charset=utf-8"})}(e),function(e){return"simple"===e?"bulk-registration-simple.csv":"bulk-registration-full.csv"}(e),this)}#R(){const e=this.info?.header;if(!e)return;const t=new Map;for(const e of this.#c)t.set(e.line,e);const r=[];for(const e of this.#h){const i=void 0===e.line?void 0:t.get(e.line);i&&r.push({line:i.line,values:i.values,error:e.reason})}U(new Blob([D(e,r)],{type:"text/csv;charset=utf-8"}),`${this.fileName.replace(/\.[^.]*$/,"")||"bulk-registration"}-failed-rows.csv`,this)}#C(){this.dispatchEvent(new p)}}s([d({type:Number,attribute:"chunk-size"})],q.prototype,"chunkSize",void 0),s([d({type:Number})],q.prototype,"retries",void 0),s([d({type:Number,attribute:"retry-delay"})],q.prototype,"retryDelay",void 0),s([c()],q.prototype,"step",void 0),s([c()],q.prototype,"dragging",void 0),s([c()],q.prototype,"reading",void 0),s([c()],q.prototype,"fileName",void 0),s([c()],q.prototype,"info",void 0),s([c()],q.prototype,"problem",void 0),s([c()],q.prototype,"notices",void 0),s([c()],q.prototype,"separator",void 0),s([c()],q.prototype,"validCount",void 0),s([c()],q.prototype,"invalidCount",void 0),s([c()],q.prototype,"onlyInvalid",void 0),s([c()],q.prototype,"progress",void 0),s([c()],q.prototype,"uploadStatus",void 0),s([c()],q.prototype,"uploadError",void 0),s([c()],q.prototype,"result",void 0);export{O as B,q as D};
//# sourceMappingURL=bulk-wizard-BJ3s2-aT.js.map
