-- Start-up looks for offers past their time (their lapse task cut short by a crash): an index
-- on the few open offers instead of a scan of every answer.
CREATE INDEX rsvps_offers ON rsvps (offer_expires_at) WHERE answer = 'offered';
