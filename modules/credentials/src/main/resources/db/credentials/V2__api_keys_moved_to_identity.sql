-- API keys are identity's now (idn_api_key, identity's V2). On an upgraded database identity renamed this table
-- with its keys, so nothing is left here; on a fresh one V1 above has just created it empty. Either way it goes.
-- crd_verification.api_key_id has no foreign key to drop or redirect: the ids it holds are idn_api_key's, as the
-- rename kept them.
DROP TABLE IF EXISTS crd_api_key;
