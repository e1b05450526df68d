#include "text/casetext.h"

#include <QCoreApplication>

namespace pbw {

namespace {

class CaseText
{
    Q_DECLARE_TR_FUNCTIONS(CaseText)
};

} // namespace

QString caseStatusName(CaseRecord::Status status)
{
    switch (status) {
    case CaseRecord::Status::Open:
        return CaseText::tr("Open");
    case CaseRecord::Status::Waiting:
        return CaseText::tr("Waiting for partner");
    case CaseRecord::Status::Fixed:
        return CaseText::tr("Fixed");
    case CaseRecord::Status::Closed:
        break;
    }
    return CaseText::tr("Closed");
}

QString roleName(StoredExchange::Role role)
{
    switch (role) {
    case StoredExchange::Role::Failing:
        return CaseText::tr("Failing");
    case StoredExchange::Role::Corrected:
        return CaseText::tr("Corrected");
    case StoredExchange::Role::ReferenceClick:
        return CaseText::tr("Reference click");
    case StoredExchange::Role::TestCallback:
        return CaseText::tr("Test callback");
    case StoredExchange::Role::Other:
        break;
    }
    return CaseText::tr("Other");
}

QString attachmentKindName(Attachment::Kind kind)
{
    switch (kind) {
    case Attachment::Kind::Template:
        return CaseText::tr("Approved template");
    case Attachment::Kind::Confirmation:
        return CaseText::tr("Partner's confirmation");
    case Attachment::Kind::File:
        break;
    }
    return CaseText::tr("File");
}

QString checklistName(ChecklistStep::Layer layer)
{
    switch (layer) {
    case ChecklistStep::Layer::Click:
        return CaseText::tr("Click exists");
    case ChecklistStep::Layer::Event:
        return CaseText::tr("Event recorded");
    case ChecklistStep::Layer::Callback:
        return CaseText::tr("Callback sent");
    case ChecklistStep::Layer::Template:
        return CaseText::tr("Template matches");
    case ChecklistStep::Layer::Partner:
        break;
    }
    return CaseText::tr("Partner confirmed");
}

QString checklistHint(ChecklistStep::Layer layer)
{
    switch (layer) {
    case ChecklistStep::Layer::Click:
        return CaseText::tr("A fresh click carries a click ID that reached the offer (a reference click).");
    case ChecklistStep::Layer::Event:
        return CaseText::tr("The tracker or CRM recorded the conversion and tried to send the callback.");
    case ChecklistStep::Layer::Callback:
        return CaseText::tr("The callback went out and the partner answered (a replayed exchange).");
    case ChecklistStep::Layer::Template:
        return CaseText::tr("The callback matches the partner's approved template, parameter by parameter.");
    case ChecklistStep::Layer::Partner:
        break;
    }
    return CaseText::tr("The partner sees the conversion in their report (their confirmation).");
}

} // namespace pbw
