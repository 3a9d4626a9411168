/**
 * Answers a reader asks of the knowledge base, each with the evidence behind it: event timelines
 * ({@code events}), incidents reported by several sources ({@code incidents}), ceasefire monitoring
 * ({@code ceasefire}), claims assessment ({@code claims}) and supply chains ({@code supply}).
 */
package org.sitrep.analysis;
