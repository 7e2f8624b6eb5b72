// A React 19 app using summit-widgets as an npm package: the package root for the class and the dataset,
// the tag entries for registration. React 19 sets props on a custom element as properties when the
// element has one (so `data` gets the object itself) and turns an `on<event-name>` prop into an event
// listener for `<event-name>`.
import {StrictMode, useState, version} from 'react';
import {createRoot} from 'react-dom/client';
import {bundledDataset, SummitTimeline} from 'summit-widgets';
import 'summit-widgets/summit-timeline.js';
import 'summit-widgets/country-agreements.js';
import 'summit-widgets/initiative-pillars.js';
import 'summit-widgets/summit-map.js';
import 'summit-widgets/key-figures.js';
import 'summit-widgets/agreements-matrix.js';

// The timeline's dataset, from the package root, with its first event retitled by the app.
const data = {
  ...bundledDataset,
  events: bundledDataset.events.map((event, index) =>
    index === 0 ? {...event, title: {...event.title, en: 'Retitled by the React app'}} : event
  ),
};

function App() {
  const [log, setLog] = useState([]);
  const record = (event) => setLog((lines) => [...lines, `${event.type} ${JSON.stringify(event.detail)}`]);
  return (
    <main>
      <h1>React {version}</h1>
      <summit-timeline layout="vertical" data={data} onsummit-timeline-select={record}></summit-timeline>
      <country-agreements oncountry-agreements-change={record}></country-agreements>
      <initiative-pillars layout="list" oninitiative-pillars-toggle={record}></initiative-pillars>
      <summit-map highlight="tokyo" onsummit-map-select={record}></summit-map>
      <key-figures figures="summit-documents, business-target"></key-figures>
      <agreements-matrix highlight="KG" onagreements-matrix-select={record}></agreements-matrix>
      <ol id="log">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

window.app = {framework: 'react', version, sameClass: window.customElements.get('summit-timeline') === SummitTimeline};
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>
);
