#pragma once

// The board's stages in column order, private to PipelinePage (PipelinePage.cpp and PipelinePageMoves.cpp).
#include "common/Words.h"

namespace cd {

inline constexpr DealStage pipelineStages[] = {DealStage::Offer,        DealStage::Negotiating, DealStage::Contracted,
                                               DealStage::InProduction, DealStage::Delivered,   DealStage::Invoiced,
                                               DealStage::Paid,         DealStage::Lost};

} // namespace cd
