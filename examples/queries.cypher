// Example questions for `newsgraph query GRAPH --file examples/queries.cypher`.
// Each query ends with ';'. `name` matches a label or any alias, ignoring case and accents.

// Who spoke with Gerasimov?
MATCH (a)-[:spoke_with]-(b {name: "Gerasimov"}) RETURN a.label;

// Which communication lines connect which parties?
MATCH (l:CommunicationLine)-[:connects]->(x) RETURN l.label, x.label;

// Who denied what since November 2022, best supported first?
MATCH (a)-[r:denied]->(x) WHERE r.date >= "2022-11" RETURN a.label, x.label, r.weight ORDER BY r.weight DESC LIMIT 10;

// Which roles do officials hold, and where?
MATCH (p:Official)-[r:member_of]->(i) WHERE r.role IS NOT NULL RETURN p.label, r.role, i.label ORDER BY p.label;

// Which officials are within two steps of Milley?
MATCH (a {name: "Milley"})-[*..2]-(b:Official) WHERE b <> a RETURN DISTINCT b.label ORDER BY b.label;

// Who is involved in the most facts?
MATCH (a)-[r]-(b) RETURN a.label, count(r) AS facts ORDER BY facts DESC, a.label LIMIT 5;
