#pragma once

// Checks shared by the tests of payments as read.
#include "money/PaymentLedger.h"

#include <catch2/catch.hpp>

namespace cd::test {

// Every member of two rows, one check each, so a failure names the member.
inline void checkSamePayment(const PaymentRow &a, const PaymentRow &b)
{
    INFO("payment " << a.id);
    CHECK(a.id == b.id);
    CHECK(a.participantId == b.participantId);
    CHECK(a.campaignId == b.campaignId);
    CHECK(a.brandId == b.brandId);
    CHECK(a.creatorId == b.creatorId);
    CHECK(a.campaign == b.campaign);
    CHECK(a.brand == b.brand);
    CHECK(a.creator == b.creator);
    CHECK(a.kind == b.kind);
    CHECK(a.direction == b.direction);
    CHECK(a.origin == b.origin);
    CHECK(a.amount == b.amount);
    CHECK(a.currency == b.currency);
    CHECK(a.timing.due == b.timing.due);
    CHECK(a.timing.paid == b.timing.paid);
    CHECK(a.timing.hasReceivable == b.timing.hasReceivable);
    CHECK(a.timing.receivablePaid == b.timing.receivablePaid);
    CHECK(a.method == b.method);
    CHECK(a.reference == b.reference);
    CHECK(a.notes == b.notes);
    CHECK(a.receivableId == b.receivableId);
    CHECK(a.invoiceId == b.invoiceId);
    CHECK(a.invoiceNumber == b.invoiceNumber);
    CHECK(a.withheld == b.withheld);
    CHECK(a.payee.profile == b.payee.profile);
    CHECK(a.payee.hasNpwp == b.payee.hasNpwp);
}

} // namespace cd::test
