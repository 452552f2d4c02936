// Upsert organisations by id; role labels are added (never removed) from the `roles` list.
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.createdAt = datetime()
SET o.name = row.name,
    o.normName = row.normName,
    o.aliases = row.aliases,
    o.searchNames = row.searchNames,
    o.industry = row.industry,
    o.region = row.region,
    o.description = row.description,
    o.channelType = row.channel_type,
    o.stage = row.stage,
    o.contribution = row.contribution,
    o.valueClass = row.value_class,
    o.needLevel = row.need_level,
    o.competitivePosition = row.competitive_position,
    o.candidate = row.candidate,
    o.updatedAt = datetime()
FOREACH (_ IN CASE WHEN 'Customer' IN row.roles THEN [1] ELSE [] END | SET o:Customer)
FOREACH (_ IN CASE WHEN 'Competitor' IN row.roles THEN [1] ELSE [] END | SET o:Competitor)
FOREACH (_ IN CASE WHEN 'Supplier' IN row.roles THEN [1] ELSE [] END | SET o:Supplier)
FOREACH (_ IN CASE WHEN 'Channel' IN row.roles THEN [1] ELSE [] END | SET o:Channel)
FOREACH (_ IN CASE WHEN 'OurCompany' IN row.roles THEN [1] ELSE [] END | SET o:OurCompany)
RETURN count(o) AS n
