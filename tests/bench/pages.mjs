// Data the benchmark serves: generated datasets of many organisations.

/**
 * `n` organisations made from the real ones, each with its own id and name. Beyond the first
 * copy of each, the long description is left out (directory entries are mostly shorter than
 * the Red Cross's three paragraphs), so 50 000 stay under the loader's 64 MB limit.
 */
export function generated(data, n) {
  const organizations = Array.from({ length: n }, (_, i) => {
    const org = structuredClone(data.organizations[i % data.organizations.length]);
    org.id = `${org.id}-${i}`;
    delete org.parent_id;
    // Past the real ones, what the search does not read (and what is only true of the real
    // record: its caveats, its provenance) is left out, so 50 000 stay under the loader's limit.
    if (i >= data.organizations.length) {
      org.description = {};
      delete org.caveats;
      delete org.provenance;
    }
    for (const lang of Object.keys(org.name)) org.name[lang] = `${org.name[lang]} ${i}`;
    return org;
  });
  const legal_info = data.legal_info.map((l) => ({ ...l, related_organizations: [] }));
  return { ...data, organizations, legal_info };
}
