import { useMemo, useState } from 'preact/hooks';
import type { Doc, StoredDoc } from '../../../src/server/api-types.js';
import { actorIdOf, normalizeName } from '../../../src/corpus/actor-id.js';
import { annotationsOf, paragraphs, segment, type Annotation, type Segment } from '../annotations.js';
import { href } from '../router.js';
import { Explain } from './Explain.js';

const LABEL: Record<string, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', MEDIA: 'MEDIA', COUNTRY: 'GPE', LOCATION: 'LOC', MISC: 'MISC' };

function describe(doc: StoredDoc | Doc, a: Annotation): string {
  if (a.kind === 'entity') {
    const e = doc.entities[a.item]!;
    return `${e.name}, ${e.type.toLowerCase()}${e.actor ? `, ${e.actor}` : ''}`;
  }
  if (a.kind === 'quote') return `quotation by ${speakerName(doc, a.item)}`;
  if (a.kind === 'timex') return `time ${doc.timexes[a.item]!.text}: ${doc.timexes[a.item]!.value}`;
  if (a.kind === 'place') return `place ${doc.places[a.item]!.name}`;
  return `event ${eventLine(doc, a.item)}`;
}

export function speakerName(doc: StoredDoc | Doc, quote: number): string {
  const q = doc.quotes[quote]!;
  if (q.speaker) return doc.entities.find((e) => e.id === q.speaker)?.name ?? q.speaker;
  return q.source?.text ? `${q.source.text} (no actor)` : 'unknown speaker';
}

export function eventLine(doc: StoredDoc | Doc, i: number): string {
  const e = doc.events[i]!;
  const side = (s: (typeof e)['source']) => (s ? (s.actor ?? (s.entity ? doc.entities.find((x) => x.id === s.entity)?.name : null) ?? s.text ?? '?') : '—');
  return `${side(e.source)} → ${e.cameo}${e.plover ? ` ${e.plover}` : ''} → ${side(e.target)}`;
}

/**
 * The text with every layer highlighted (entities with their type, quotations with their speaker,
 * times with their value on hover, places, event evidence), lists of each layer beside it, and the
 * explanation of the selected annotation. Everything from the document is rendered as text.
 */
export function AnnotatedDoc({ doc, stored }: { doc: StoredDoc | Doc; stored: boolean }) {
  const annotations = useMemo(() => annotationsOf(doc), [doc]);
  const paras = useMemo(() => paragraphs(doc.text, segment(doc.text, annotations)), [doc, annotations]);
  const [selected, setSelected] = useState<Annotation | null>(null);
  const [layers, setLayers] = useState({ entity: true, quote: true, timex: true, place: true, event: true });

  /** Selects an annotation; chosen from a list, the text scrolls to it. */
  const select = (a: Annotation | null, scroll = false) => {
    setSelected(a);
    if (a && scroll) document.getElementById(`ann-${a.key}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const firstOf = (kind: Annotation['kind'], item: number) => annotations.find((a) => a.kind === kind && a.item === item) ?? null;

  /** One run of text: plain, or a span carrying the layers that cover it and their badges. */
  const run = (s: Segment) => {
    const text = doc.text.slice(s.start, s.end);
    const shown = s.covering.filter((a) => layers[a.kind]);
    if (shown.length === 0) return text;
    const starting = shown.filter((a) => a.start === s.start);
    const ending = shown.filter((a) => a.end === s.end && a.kind === 'entity');
    const timex = shown.find((a) => a.kind === 'timex');
    const top = shown[0]!;
    return (
      <span
        key={s.start}
        class={`seg ${[...new Set(shown.map((a) => a.kind))].join(' ')}${selected && shown.some((a) => a.key === selected.key) ? ' selected' : ''}`}
        title={timex ? `${doc.timexes[timex.item]!.type} ${doc.timexes[timex.item]!.value}` : undefined}
        onClick={(ev) => {
          ev.stopPropagation();
          select(top);
        }}
      >
        {starting
          .filter((a) => a.kind === 'quote')
          .map((a) => (
            <span key={a.key} class="speaker-badge" data-testid="quote-speaker">
              {speakerName(doc, a.item)} ▸
            </span>
          ))}
        {starting.length > 0 ? (
          <span
            id={starting.map((a) => `ann-${a.key}`)[0]}
            tabIndex={0}
            role="button"
            aria-label={starting.map((a) => describe(doc, a)).join('; ')}
            onKeyDown={(ev) => {
              if (ev.key === 'Enter' || ev.key === ' ') {
                ev.preventDefault();
                select(starting[0]!);
              }
            }}
          >
            {text}
          </span>
        ) : (
          text
        )}
        {ending.map((a) => (
          <span key={a.key} class="entity-label">
            {LABEL[doc.entities[a.item]!.type] ?? doc.entities[a.item]!.type}
            {doc.entities[a.item]!.actor ? ` ${doc.entities[a.item]!.actor}` : ''}
          </span>
        ))}
      </span>
    );
  };

  return (
    <div class="doc">
      <div class="doc-main">
        <fieldset class="layers">
          <legend>Show</legend>
          {(Object.keys(layers) as Array<keyof typeof layers>).map((k) => (
            <label key={k} class={`layer-toggle ${k}`}>
              <input type="checkbox" checked={layers[k]} onChange={() => setLayers({ ...layers, [k]: !layers[k] })} /> {k === 'entity' ? 'actors' : k === 'timex' ? 'times' : `${k}s`}
            </label>
          ))}
        </fieldset>
        <div class="doc-text" data-testid="doc-text">
          {paras.map((p, i) => (
            <p key={i} class="para">
              {p.map(run)}
            </p>
          ))}
        </div>
      </div>
      <aside class="doc-side">
        <Explain doc={doc} selected={selected} stored={stored} onClose={() => setSelected(null)} />
        <details open>
          <summary>Actors ({doc.entities.length})</summary>
          <ul class="plain" data-testid="actors">
            {[...doc.entities.keys()]
              .sort((a, b) => doc.entities[b]!.mentions.length - doc.entities[a]!.mentions.length)
              .map((i) => {
                const e = doc.entities[i]!;
                return (
                  <li key={e.id}>
                    <button class="link" onClick={() => select(firstOf('entity', i), true)}>
                      {e.name}
                    </button>{' '}
                    <span class="muted">
                      {e.type.toLowerCase()}
                      {e.actor ? ` · ${e.actor}` : ''} · {e.mentions.length}×
                    </span>
                    {stored && normalizeName(e.name) ? (
                      <>
                        {' '}
                        <a href={href(['actor', actorIdOf(e)])}>profile</a>
                      </>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </details>
        <details open>
          <summary>Quotations ({doc.quotes.length})</summary>
          <ul class="plain" data-testid="quotes">
            {doc.quotes.map((q, i) => (
              <li key={i} data-testid="quote">
                <button class="link" onClick={() => select(firstOf('quote', i), true)}>
                  <strong>{speakerName(doc, i)}</strong>
                </button>
                : {q.content.text.length > 160 ? `${q.content.text.slice(0, 159)}…` : q.content.text}
              </li>
            ))}
          </ul>
        </details>
        <details open>
          <summary>Events ({doc.events.length})</summary>
          <ul class="plain" data-testid="events">
            {doc.events.map((e, i) => (
              <li key={i}>
                <button class="link" onClick={() => select(firstOf('event', i), true)}>
                  {eventLine(doc, i)}
                </button>{' '}
                <span class="muted">{e.date ?? 'undated'}</span>
              </li>
            ))}
          </ul>
        </details>
        <details>
          <summary>Times ({doc.timexes.length})</summary>
          <ul class="plain">
            {doc.timexes.map((t, i) => (
              <li key={i}>
                <button class="link" onClick={() => select(firstOf('timex', i), true)}>
                  {t.text}
                </button>{' '}
                <span class="muted">
                  {t.type} {t.value}
                </span>
              </li>
            ))}
          </ul>
        </details>
        <details>
          <summary>Places ({doc.places.length})</summary>
          <ul class="plain">
            {doc.places.map((p, i) => (
              <li key={i}>
                <button class="link" onClick={() => select(firstOf('place', i), true)}>
                  {p.text}
                </button>{' '}
                <span class="muted">
                  {p.name}
                  {p.country ? `, ${p.country}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </details>
        {doc.flags.length > 0 ? (
          <details>
            <summary>Flags ({doc.flags.length})</summary>
            <ul class="plain">
              {doc.flags.map((f, i) => (
                <li key={i}>
                  <strong>{f.kind}</strong>: “{f.text}”{f.message ? ` — ${f.message}` : ''}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </aside>
    </div>
  );
}
