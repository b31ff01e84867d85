// Dutch labels for machine values of the HTTP API (docs/http-api.md).

export const ROLE_LABELS = {
  beheerder: 'Beheerder',
  beleidsmedewerker: 'Beleidsmedewerker',
  analist: 'Analist',
  uitvoerder: 'Uitvoerder',
};

export const ROLES = Object.keys(ROLE_LABELS);

export function roleLabel(role) {
  return ROLE_LABELS[role] ?? role;
}

export function roleList(roles) {
  return (roles ?? []).map(roleLabel).join(', ') || 'geen rollen';
}

/** Problem severities, most serious first; `symbol` is decorative (the label carries the meaning). */
export const SEVERITIES = {
  FOUT: { label: 'Fout', symbol: '✖', order: 0 },
  WAARSCHUWING: { label: 'Waarschuwing', symbol: '▲', order: 1 },
  INFO: { label: 'Informatie', symbol: 'i', order: 2 },
};

export function severity(value) {
  return SEVERITIES[value] ?? { label: value ?? 'Onbekend', symbol: '?', order: 3 };
}

/** FeatureInfo.state */
export const FEATURE_STATES = {
  ACTIEF: 'Actief',
  GEDEELTELIJK: 'Gedeeltelijk actief',
  INACTIEF: 'Niet actief',
};

/** BundleInfo.state (OSGi bundle states) */
export const BUNDLE_STATES = {
  FRAGMENT: 'Fragment (gekoppeld)',
  ACTIVE: 'Actief',
  RESOLVED: 'Gestopt',
  INSTALLED: 'Geïnstalleerd, niet opgelost',
  STARTING: 'Wordt gestart',
  STOPPING: 'Wordt gestopt',
  UNINSTALLED: 'Verwijderd',
};

export function featureState(state) {
  return FEATURE_STATES[state] ?? state;
}

export function bundleState(state) {
  return BUNDLE_STATES[state] ?? state;
}
