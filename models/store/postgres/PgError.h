// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"

#include <exception>
#include <string>

namespace ne::pg {

/// Turns a libpqxx / libpq failure into the StoreError a person can act on: wrong
/// password → Unauthorized, refused/unreachable/DNS/SSL → Unavailable, unique violation
/// → Conflict naming the value, statement timeout, missing schema, and so on.
/// Internal to the PostgreSQL backend.
StoreError toStoreError(const std::exception &e);
/// The same for a connect failure's libpq message (also used for "Test connection").
StoreError connectError(const std::string &libpqMessage);

/// Runs f, rethrowing every exception as a StoreError.
template<typename F> auto guard(F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const StoreError &) {
        throw;
    } catch (const std::exception &e) {
        throw toStoreError(e);
    }
}

} // namespace ne::pg
