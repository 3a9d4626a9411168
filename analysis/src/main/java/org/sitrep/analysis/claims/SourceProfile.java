package org.sitrep.analysis.claims;

import java.time.Instant;

/**
 * A publisher as claims analysis sees it.
 *
 * @param publisher   its name as documents give it
 * @param documents   how many stored documents it published
 * @param reliability its Admiralty grade (F, "cannot be judged", until a user grades it)
 * @param gradedBy    who graded it, or null when ungraded
 * @param gradedAt    when, or null
 */
public record SourceProfile(String publisher, int documents, Reliability reliability, String gradedBy, Instant gradedAt) {
}
