// A Vue 3 app using summit-widgets as an npm package. Its template is compiled by Vue's own compiler (the
// one a .vue file goes through), told, as a .vue project must be, that tags with a hyphen are custom
// elements; `@event-name` listens to a widget's event and `:lang` binds a reactive value.
import {createApp, ref, version} from 'vue';
import {SummitTimeline} from 'summit-widgets';
import 'summit-widgets/all.js';

const app = createApp({
  setup() {
    const lang = ref('en');
    const log = ref([]);
    const record = (event) => log.value.push(`${event.type} ${JSON.stringify(event.detail)}`);
    return {lang, log, record, version};
  },
  template: `
    <main>
      <h1>Vue {{ version }}</h1>
      <button id="japanese" type="button" @click="lang = 'ja'">日本語</button>
      <summit-timeline :lang="lang" layout="vertical" highlight="tokyo-summit-2025" @summit-timeline-select="record"></summit-timeline>
      <country-agreements :lang="lang" @country-agreements-change="record"></country-agreements>
      <initiative-pillars :lang="lang" layout="list" @initiative-pillars-toggle="record"></initiative-pillars>
      <summit-map :lang="lang" @summit-map-select="record"></summit-map>
      <key-figures :lang="lang"></key-figures>
      <agreements-matrix :lang="lang" @agreements-matrix-select="record"></agreements-matrix>
      <ol id="log"><li v-for="(line, index) in log" :key="index">{{ line }}</li></ol>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
app.mount('#app');
window.app = {framework: 'vue', version, sameClass: window.customElements.get('summit-timeline') === SummitTimeline};
