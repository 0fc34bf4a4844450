-- CollabDesk workspace schema, version 2: money. FROZEN once released, like v1.
-- Adds what domain.md's "Money, precisely" needs: a payment's direction, method, origin, the
-- receivable a creator's payable was drafted for, its invoice and the tax withheld when it was paid;
-- invoices that are never deleted; the creator's tax profile and agency fee rate; the agency rate of
-- one participation; and the revision turnaround of a contract (until now one workspace setting).
-- Existing payments become manual payables: what they were in a v1 (brand) workspace.

ALTER TABLE payments ADD COLUMN direction TEXT NOT NULL DEFAULT 'payable'
    CHECK (direction IN ('payable', 'receivable'));
;;
ALTER TABLE payments ADD COLUMN method TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE payments ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual'
    CHECK (origin IN ('drafted', 'manual', 'imported'));
;;
-- A creator's payable drafted for a receivable from the brand (agency workspaces).
ALTER TABLE payments ADD COLUMN receivable_id INTEGER REFERENCES payments(id) ON DELETE SET NULL;
;;
-- The non-void invoice a receivable is on; voiding the invoice clears it.
ALTER TABLE payments ADD COLUMN invoice_id INTEGER REFERENCES invoices(id) ON DELETE RESTRICT;
;;
-- Tax withheld from a paid row, fixed when it was paid (NULL: open, or paid before v2).
ALTER TABLE payments ADD COLUMN withheld_minor INTEGER CHECK (withheld_minor IS NULL OR withheld_minor >= 0);
;;
CREATE INDEX payments_receivable ON payments(receivable_id) WHERE receivable_id IS NOT NULL;
;;
CREATE INDEX payments_invoice ON payments(invoice_id) WHERE invoice_id IS NOT NULL;
;;
ALTER TABLE creators ADD COLUMN tax_type TEXT NOT NULL DEFAULT 'person'
    CHECK (tax_type IN ('person', 'person_final', 'company', 'foreign'));
;;
-- 16 digits (a resident's NIK counts); '' when the creator has none.
ALTER TABLE creators ADD COLUMN npwp TEXT NOT NULL DEFAULT '';
;;
ALTER TABLE creators ADD COLUMN agency_rate_bp INTEGER
    CHECK (agency_rate_bp IS NULL OR agency_rate_bp BETWEEN 0 AND 10000);
;;
ALTER TABLE participants ADD COLUMN agency_rate_bp INTEGER
    CHECK (agency_rate_bp IS NULL OR agency_rate_bp BETWEEN 0 AND 10000);
;;
ALTER TABLE contract_versions ADD COLUMN turnaround_days INTEGER
    CHECK (turnaround_days IS NULL OR turnaround_days >= 0);
;;
-- Commercial invoices from the agency to a brand. Never deleted: numbers only grow, a void one keeps
-- its number. The seller's details and the amounts are kept as issued (tax records, UU KUP).
CREATE TABLE invoices (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    year           INTEGER NOT NULL,
    sequence       INTEGER NOT NULL CHECK (sequence >= 1),
    brand_id       INTEGER NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
    currency       TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    issue_date     TEXT NOT NULL,
    due_date       TEXT NOT NULL CHECK (due_date >= issue_date),
    status         TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
    voided_on      TEXT,
    subtotal_minor INTEGER NOT NULL CHECK (subtotal_minor >= 0),
    vat_rate_bp    INTEGER NOT NULL DEFAULT 0 CHECK (vat_rate_bp >= 0),
    vat_minor      INTEGER NOT NULL DEFAULT 0 CHECK (vat_minor >= 0),
    pph23_rate_bp  INTEGER NOT NULL DEFAULT 0 CHECK (pph23_rate_bp >= 0),
    pph23_minor    INTEGER NOT NULL DEFAULT 0 CHECK (pph23_minor >= 0),
    seller_name    TEXT NOT NULL DEFAULT '',
    seller_address TEXT NOT NULL DEFAULT '',
    seller_npwp    TEXT NOT NULL DEFAULT '',
    seller_bank    TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    UNIQUE (year, sequence)
);
;;
CREATE INDEX invoices_brand ON invoices(brand_id);
;;
-- An invoice's lines as issued. payment_id names the receivable without a foreign key: undo and redo
-- write a participant's payments back whole (delete and insert with the same ids), which must not
-- cut the invoice's link.
CREATE TABLE invoice_lines (
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    payment_id   INTEGER,
    campaign     TEXT NOT NULL,
    creator      TEXT NOT NULL,
    deliverables TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    PRIMARY KEY (invoice_id, position)
);
;;
CREATE INDEX invoice_lines_payment ON invoice_lines(payment_id) WHERE payment_id IS NOT NULL;
