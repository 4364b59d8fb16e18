import type { ComponentChildren } from 'preact';
import type { Doc, StoredDoc } from '../../../src/server/api-types.js';
import { actorIdOf, normalizeName } from '../../../src/corpus/actor-id.js';
import type { Annotation } from '../annotations.js';
import { href } from '../router.js';
import { eventLine, speakerName } from './AnnotatedDoc.js';

const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

function Row({ name, children }: { name: string; children: ComponentChildren }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </>
  );
}

function spanText(doc: StoredDoc | Doc, s: { start: number; end: number }): string {
  return doc.text.slice(s.start, s.end);
}

/** Why an annotation is there: the rule that made it, its evidence and confidence, and its fields. */
export function Explain({ doc, selected, stored, onClose }: { doc: StoredDoc | Doc; selected: Annotation | null; stored: boolean; onClose: () => void }) {
  if (!selected) {
    return (
      <section class="explain muted" aria-live="polite">
        Select a highlighted word (click, or Tab then Enter) to see why it was annotated.
      </section>
    );
  }
  let title: string;
  let body: ComponentChildren;
  if (selected.kind === 'entity') {
    const e = doc.entities[selected.item]!;
    const m = e.mentions[selected.mention ?? 0]!;
    const rule = doc.mentions.find((x) => x.start === m.start && x.end === m.end)?.rule;
    title = e.name;
    body = (
      <dl>
        <Row name="type">{e.type}</Row>
        <Row name="actor code">{e.actor}</Row>
        <Row name="country">{e.country}</Row>
        <Row name="roles">{e.roles.join('; ')}</Row>
        <Row name="this mention">
          “{m.text}” ({m.kind})
        </Row>
        <Row name="rule">{rule}</Row>
        <Row name="mentions">{e.mentions.length}</Row>
        {stored && normalizeName(e.name) ? (
          <Row name="across articles">
            <a href={href(['actor', actorIdOf(e)])}>actor page</a>
          </Row>
        ) : null}
      </dl>
    );
  } else if (selected.kind === 'quote') {
    const q = doc.quotes[selected.item]!;
    title = `Quotation (${q.kind})`;
    body = (
      <dl>
        <Row name="speaker">{speakerName(doc, selected.item)}</Row>
        <Row name="source words">{q.source?.text}</Row>
        <Row name="cue">{q.cue?.text}</Row>
        <Row name="via">{q.via.join(', ')}</Row>
        <Row name="rule">{q.rule}</Row>
        <Row name="truncated">{q.truncated ? 'yes: the quotation is never closed' : null}</Row>
        <Row name="evidence">{q.evidence.map((s) => spanText(doc, s)).join(' … ')}</Row>
      </dl>
    );
  } else if (selected.kind === 'timex') {
    const t = doc.timexes[selected.item]!;
    title = `Time: ${t.text}`;
    body = (
      <dl>
        <Row name="type">{t.type}</Row>
        <Row name="value">{t.value}</Row>
        <Row name="modifier">{t.mod}</Row>
        <Row name="anchored on">{t.anchor === 'document' ? `the article date (${doc.meta.date ?? 'unknown'})` : t.anchor}</Row>
        <Row name="rule">{t.rule}</Row>
      </dl>
    );
  } else if (selected.kind === 'place') {
    const p = doc.places[selected.item]!;
    title = `Place: ${p.name}`;
    body = (
      <dl>
        <Row name="country">{p.country}</Row>
        <Row name="kind">{p.feature}</Row>
        <Row name="coordinates">{p.lat !== null && p.lon !== null ? `${p.lat}, ${p.lon}` : null}</Row>
        <Row name="rule">{p.rule}</Row>
      </dl>
    );
  } else {
    const e = doc.events[selected.item]!;
    title = `Event: ${eventLine(doc, selected.item)}`;
    body = (
      <dl>
        <Row name="CAMEO">
          {e.cameo} (root {e.root}){e.plover ? `, PLOVER ${e.plover}` : ''}
        </Row>
        <Row name="class">
          {QUAD[e.quad]}, Goldstein {e.goldstein}
        </Row>
        <Row name="date">{e.date ?? 'not given'}</Row>
        <Row name="place">{e.place}</Row>
        <Row name="reported by">{e.reportedBy ? (doc.entities.find((x) => x.id === e.reportedBy)?.name ?? e.reportedBy) : null}</Row>
        <Row name="rule">{e.rule}</Row>
        <Row name="confidence">{e.confidence.toFixed(2)}</Row>
        <Row name="evidence">{e.evidence.map((s) => spanText(doc, s)).join(' … ')}</Row>
      </dl>
    );
  }
  return (
    <section class="explain" aria-live="polite" data-testid="explain">
      <header>
        <h3>{title}</h3>
        <button class="close" aria-label="close the explanation" onClick={onClose}>
          ×
        </button>
      </header>
      {body}
    </section>
  );
}
