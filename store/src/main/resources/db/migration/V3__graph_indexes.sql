-- Network queries walk links in both directions; covering indexes let each hop be answered from the index alone.
DROP INDEX link_subject;
DROP INDEX link_object;
CREATE INDEX link_subject_hop ON link(subject_id, object_id, id);
CREATE INDEX link_object_hop ON link(object_id, subject_id, id);
-- Designated parties are entities with statements drawn from a list.
CREATE INDEX statement_list ON statement(list_id, entity_id);
