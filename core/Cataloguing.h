#pragma once

#include "Catalogue.h"
#include "Circulation.h"
#include "Result.h"

#include <map>
#include <string>
#include <vector>

namespace ils {

class LocalStore;

struct RecordEditReceipt
{
    std::vector<Refusal> exceptions; // fact mode: fields whose edit lost, or that met another edit
    Record record;
};

// Edits of bibliographic records. Two places may edit one record while apart: the central
// keeps, field by field, the later edit (edited_at, then node number) and reports every field
// whose value the editor did not see (docs/SYNC.md).
class Cataloguing
{
public:
    explicit Cataloguing(LocalStore& store)
        : m_store(store)
    {
    }

    static const std::vector<std::string>& editableFields(); // title, author, publisher, year, isbn, clc

    Result<RecordEditReceipt>
    editRecord(std::int64_t recordId, const std::map<std::string, std::string>& changes, const Occasion& occasion = {});

private:
    LocalStore& m_store;
};

} // namespace ils
