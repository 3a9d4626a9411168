/**
 * Incidents: events from different documents about the same happening, grouped by
 * {@link org.sitrep.analysis.incidents.Incidents}; each {@link org.sitrep.analysis.incidents.Incident} holds every
 * source's {@link org.sitrep.analysis.incidents.Version} (who, when, where, how many killed, per whom) side by side.
 */
package org.sitrep.analysis.incidents;
