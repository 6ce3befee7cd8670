// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <new>

namespace ne {

template<typename F>
auto guardStoreCall(F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const StoreError &) {
        throw;
    } catch (const std::bad_alloc &) {
        throw StoreError(StoreError::Kind::Server, StoreError::tr("The computer ran out of memory."));
    } catch (const std::exception &e) {
        throw StoreError(StoreError::Kind::Server, StoreError::tr("Unexpected internal error."),
                         QString::fromUtf8(e.what()));
    }
}

} // namespace ne
