/**
 * What an editor should know about a configuration before publishing it, in
 * words, each tied to the control it concerns. Never blocking: the editor
 * decides. The box's own rules decide what it shows (selectLines, the review
 * rules of the checker); this module only says what they mean here. Pure.
 */
import type { Directory, Line } from '../../src/directory/schema.js';
import { selectLines, togetherGroup } from '../../src/directory/select.js';
import { reviewWarnings } from '../../src/directory/validate.js';
import { AUTO, QUICK_EXIT_TOPICS, quickExitOn, type BuilderConfig } from './config.js';
import { doubtText, isAlwaysOpen, regionName, servesRegion, topicName } from './catalogue.js';

/** The control a warning sits beside. */
export type WarningPlace = 'topics' | 'region' | 'lines' | 'quick-exit' | 'exit-url' | 'set';

export interface Warning {
  place: WarningPlace;
  /** The line it is about, when it is about one. */
  lineId?: string;
  text: string;
}

export interface WarningContext {
  directory: Directory;
  /** The real date, for the review rules. */
  today: Date;
  /** Topics found in the pasted story, used for `topic="auto"`. */
  detected: readonly string[];
}

/** The topics a box will choose lines for: the editor's, or under `auto` those found in the story. */
export function effectiveTopics(config: BuilderConfig, detected: readonly string[]): string[] {
  return config.topics.includes(AUTO) ? [...detected] : config.topics;
}

/** The lines the box will show, in the directory's or the editor's order (before open-now moves them). */
export function selectedLines(config: BuilderConfig, directory: Directory, detected: readonly string[] = []): Line[] {
  return selectLines(directory, { topics: effectiveTopics(config, detected), lines: config.lines, region: config.region, audience: config.audience }).lines;
}

const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export function configWarnings(config: BuilderConfig, { directory, today, detected }: WarningContext): Warning[] {
  const warnings: Warning[] = [];
  const region = config.region || directory.defaultRegion;
  const place = regionName(directory, region);
  const byId = new Map(directory.lines.map((line) => [line.id, line]));
  const shown = selectedLines(config, directory, detected);
  const topics = effectiveTopics(config, detected);

  if (config.topics.includes(AUTO)) {
    warnings.push({
      place: 'topics',
      text:
        detected.length > 0
          ? `The box will choose topics from the story on the page. In the pasted story the detector finds ${list(detected.map((t) => topicName(directory, t)))}: the fallback uses those, and the preview shows what the box finds in the story, set above it.`
          : 'The box will choose topics from the story on the page. Paste the story above to see what it finds; until then the fallback shows the emergency line only.',
    });
  }

  const known = new Set(directory.topics.map((t) => t.id));
  const missing = config.topics.filter((t) => t !== AUTO && !known.has(t));
  if (missing.length > 0) {
    warnings.push({ place: 'topics', text: `The directory has no lines for ${list(missing.map((t) => topicName(directory, t).toLowerCase()))} yet: the box ignores ${missing.length > 1 ? 'those topics' : 'that topic'}.` });
  }

  for (const id of config.lines) {
    const line = byId.get(id);
    if (!line || shown.includes(line)) continue;
    const why = line.active === false ? 'is marked inactive in the directory' : `does not serve ${place}`;
    warnings.push({ place: 'lines', lineId: id, text: `${line.name} ${why}: the box will leave it out.` });
  }
  // With lines picked, every other line the box shows (but the emergency line) was brought by a picked
  // one: the directory offers them together (`together`, the whole group). Say so, or the box would show
  // lines the editor never picked.
  const picked = new Set(config.lines);
  if (picked.size > 0) {
    for (const line of shown) {
      if (picked.has(line.id) || line.urgency === 'emergency') continue;
      const group = togetherGroup(directory, line);
      const with_ = shown.filter((other) => picked.has(other.id) && group.includes(other));
      warnings.push({
        place: 'lines',
        lineId: line.id,
        text:
          with_.length > 0
            ? `The directory offers ${line.name} together with ${list(with_.map((other) => other.name))}: the box shows it beside ${with_.length > 1 ? 'them' : 'it'}, though you did not pick it.`
            : `The box shows ${line.name}, though you did not pick it.`,
      });
    }
  }
  if (config.lines.length > 0 && topics.length > 0) {
    warnings.push({ place: 'lines', text: 'With lines picked, the topics no longer choose lines: the box shows the emergency line, then your lines in your order.' });
  }

  // A country's box (GB) shows its country-wide lines only: the nations' own lines are for their nation.
  // Counted by asking for each nation's box with the same choices, so topics, auto and audience all count.
  const nations = directory.regions.filter((r) => r.id.startsWith(`${region}-`));
  if (nations.length > 0 && config.lines.length === 0 && shown.some((line) => line.urgency !== 'emergency')) {
    const inCountryBox = new Set(shown);
    const perNation = nations.map((n) => ({
      nation: n,
      lines: selectedLines({ ...config, region: n.id }, directory, detected).filter((line) => line.urgency !== 'emergency' && !inCountryBox.has(line)),
    }));
    const left = new Set(perNation.flatMap(({ lines }) => lines));
    if (left.size > 0) {
      const counts = perNation.flatMap(({ nation, lines }) => (lines.length > 0 ? [`${lines.length} in ${nation.name.en}`] : []));
      const one = topics.length === 1;
      warnings.push({
        place: 'region',
        text: `With the region set to ${place}, the box leaves out the ${left.size === 1 ? 'line' : `${left.size} lines`} for ${one ? 'this topic' : 'these topics'} that ${left.size === 1 ? 'serves' : 'serve'} only some of its nations (${list(counts)}). If the story is about one nation, choose it.`,
      });
    }
  }

  const review = reviewWarnings(directory, today);
  for (const line of shown) {
    for (const problem of review.filter((p) => p.lineId === line.id)) {
      warnings.push({ place: 'set', lineId: line.id, text: `${line.name}: ${problem.message}.` });
    }
    const doubt = doubtText(line);
    if (doubt) warnings.push({ place: 'set', lineId: line.id, text: `${line.name}: ${doubt}` });
  }

  const others = shown.filter((line) => line.urgency !== 'emergency');
  if (others.length === 0) {
    if (!config.topics.includes(AUTO)) warnings.push({ place: 'topics', text: 'No topic or line is chosen: the box shows the emergency line only.' });
  } else if (!others.some(isAlwaysOpen)) {
    const emergency = shown.find((line) => line.urgency === 'emergency');
    const open = directory.lines.filter(
      (line) => line.urgency !== 'emergency' && line.active !== false && servesRegion(line, region) && isAlwaysOpen(line) && line.topics.some((t) => topics.includes(t)),
    );
    warnings.push({
      place: 'set',
      text:
        `Besides ${emergency ? emergency.name : 'the emergency line'}, no line in this box is open 24 hours: a reader at night may find every other line closed.` +
        (open.length > 0 ? ` Open 24 hours in ${place} for these topics: ${list(open.map((line) => line.name))}.` : ''),
    });
  }

  if (config.quickExit === false && topics.some((t) => QUICK_EXIT_TOPICS.includes(t))) {
    const which = topics.filter((t) => QUICK_EXIT_TOPICS.includes(t)).map((t) => topicName(directory, t).toLowerCase());
    warnings.push({ place: 'quick-exit', text: `Quick exit is off for a story about ${list(which)}: a reader whose abuser may see the screen needs a fast way out.` });
  }
  if (config.exitUrl && !quickExitOn(config, detected)) {
    warnings.push({ place: 'exit-url', text: 'The exit address does nothing while quick exit is off, so it is left out of the snippet.' });
  }
  return warnings;
}
