-- Data of the schema v2 fixture workspace-v2.collabdesk: the v1 fixture as migrated to v2, plus
-- rows in every column and table v2 added (an agency's receivables, creator payables linked to them,
-- an issued and a void invoice, tax profiles, agency rates, a contract's turnaround), so each later
-- migration is tested on a real v2 file. Rebuild (only ever for v2, which is frozen once released):
--   cp workspace-v1.collabdesk workspace-v2.collabdesk && collabdesk-cli --db workspace-v2.collabdesk init
--   sqlite3 workspace-v2.collabdesk < workspace-v2.sql
-- then VACUUM and PRAGMA journal_mode=DELETE, and delete the .pre-v2.bak the update left.
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO settings VALUES ('money.perspective', 'agency'), ('money.agency_rate_bp', '2000'),
  ('party.legal_name', 'PT Bintang Talenta'), ('party.tax_number', '0123456789012345'),
  ('money.bank_account', 'BCA 123 456 7890 a.n. PT Bintang Talenta'), ('money.invoice_pattern', 'INV/{YYYY}/{NNNN}');
UPDATE creators SET tax_type = 'person', npwp = '3171234567890001', agency_rate_bp = 1500 WHERE id = 1;
UPDATE creators SET tax_type = 'foreign' WHERE id = 2;
UPDATE creators SET tax_type = 'person_final', npwp = '317123456789000' WHERE id = 3;
UPDATE participants SET agency_rate_bp = 1800 WHERE id = 1;
UPDATE contract_versions SET turnaround_days = 2 WHERE id = 1;
INSERT INTO invoices (id, number, year, sequence, brand_id, currency, issue_date, due_date, status, voided_on,
  subtotal_minor, vat_rate_bp, vat_minor, pph23_rate_bp, pph23_minor, seller_name, seller_address, seller_npwp,
  seller_bank, notes, created_at) VALUES
  (1, 'INV/2026/0001', 2026, 1, 1, 'IDR', '2026-04-01', '2026-05-01', 'void', '2026-04-02', 3500000, 0, 0, 200, 70000,
   'PT Bintang Talenta', 'Jl. Kemang Raya 10, Jakarta', '0123456789012345', 'BCA 123 456 7890', '', '2026-04-01T09:00:00Z'),
  (2, 'INV/2026/0002', 2026, 2, 1, 'IDR', '2026-04-02', '2026-05-02', 'issued', NULL, 3500000, 1100, 385000, 200, 70000,
   'PT Bintang Talenta', 'Jl. Kemang Raya 10, Jakarta', '0123456789012345', 'BCA 123 456 7890', '', '2026-04-02T09:00:00Z');
INSERT INTO payments (id, participant_id, kind, direction, origin, amount_minor, due_date, paid_date, method, reference,
  notes, receivable_id, invoice_id, withheld_minor, created_at, updated_at) VALUES
  (3, 1, 'fee', 'receivable', 'drafted', 2000000, '2026-04-30', '2026-05-03', 'transfer', 'BCA-77', 'first part', NULL, 2,
   40000, '2026-04-01T09:00:00Z', '2026-05-03T09:00:00Z'),
  (4, 1, 'fee', 'receivable', 'drafted', 1500000, '2026-04-30', NULL, '', '', '', NULL, 2, NULL,
   '2026-04-01T09:00:00Z', '2026-05-03T09:00:00Z'),
  (5, 1, 'fee', 'payable', 'drafted', 1640000, '2026-05-10', '2026-05-09', 'transfer', 'OUT-1', '', 3, NULL, 41000,
   '2026-04-01T09:00:00Z', '2026-05-09T09:00:00Z'),
  (6, 1, 'fee', 'payable', 'drafted', 1230000, NULL, NULL, '', '', '', 4, NULL, NULL,
   '2026-04-01T09:00:00Z', '2026-05-03T09:00:00Z');
INSERT INTO invoice_lines (invoice_id, position, payment_id, campaign, creator, deliverables, kind, amount_minor) VALUES
  (1, 1, NULL, 'Ramadan Refresh 2026', 'Rina Wijaya', 'Iftar reel', 'fee', 3500000),
  (2, 1, 3, 'Ramadan Refresh 2026', 'Rina Wijaya', 'Iftar reel', 'fee', 2000000),
  (2, 2, 4, 'Ramadan Refresh 2026', 'Rina Wijaya', 'Iftar reel', 'fee', 1500000);
INSERT INTO attachments (payment_id, file_name, mime_type, size_bytes, sha256, content, added_at) VALUES
  (3, 'transfer.png', 'image/png', 4, '3d4f2bf07dc1be38b20cd6e46949a1071f9d0e3d', X'89504E47', '2026-05-03T09:00:00Z');
COMMIT;
