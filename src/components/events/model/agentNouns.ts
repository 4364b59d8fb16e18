/**
 * Common nouns that name the people or the means acting for a side, with the CAMEO agent (sector) code they give
 * when a country or group names the side: "Israeli helicopters" → ISR + MIL, "Radical French farmers" → FRA + AGR,
 * "Palestinian youths" → PSE + CVL. The kb's `sectorWords` (titles and institutions the entity layer reads) are
 * looked up first; these are the heads that name no title and that the entity layer leaves alone. Singular and
 * plural are both listed, so a lookup is one map read. Reviewed by hand against the CAMEO actor codebook's agent
 * types (GOV MIL COP REB INS UAF OPP CVL LAB AGR EDU HLH REF MED BUS REL).
 */

const ENTRIES: Record<string, string> = {
  // Military means: the side's armed forces act through them.
  'aircraft helicopter helicopters gunship gunships warplane warplanes jet jets fighter-bomber fighter-bombers bomber-jets plane planes tank tanks artillery warship warships gunboat gunboats vessel vessels navy ship ships submarine submarines drone drones missile missiles troop paratroopers marines commandos unit units battalion battalions division divisions regiment brigade patrol patrols convoy convoys':
    'MIL',
  // Armed groups that are no state's forces.
  'guerrilla guerrillas gunman gunmen militiaman militiamen fighter fighters bomber bombers attacker attackers assailant assailants extremist extremists separatist separatists':
    'UAF',
  'insurgency': 'INS',
  // "met his Iranian counterpart": the one in the same office on the other side, in news nearly always an official.
  'counterpart counterparts': 'GOV',
  // People acting as civilians.
  'youth youths villager villagers crowd crowds mob mobs demonstrator protester protesters protestors supporter supporters settler settlers prisoner prisoners detainee detainees inmate inmates man men woman women resident population':
    'CVL',
  'farmer farmers peasant peasants': 'AGR',
  'worker employee employees miner miners trade-unionist trade-unionists unionist unionists strikers': 'LAB',
  'student teacher teachers academic academics': 'EDU',
  'doctor nurse nurses medic medics': 'HLH',
  'refugee asylum-seeker asylum-seekers exile exiles': 'REF',
  'businessmen trader traders merchant merchants': 'BUS',
  'cleric clerics priest priests monk monks': 'REL',
  'policemen police-officers gendarmes gendarme riot-police': 'COP',
  'opponent opponents dissident dissidents': 'OPP',
  'rioter rioters': 'CVL',
};

const AGENTS = new Map<string, string>();
for (const [words, sector] of Object.entries(ENTRIES)) for (const w of words.split(/\s+/)) if (w) AGENTS.set(w, sector);

/** The sector an agent noun gives (lowercased word), or undefined. */
export function agentSector(word: string): string | undefined {
  return AGENTS.get(word);
}
