#pragma once

#include <optional>
#include <string>
#include <utility>

namespace ils::devices {

// What went wrong talking to a device. The kind lets a caller decide (retry, tell the operator,
// give up); the message names the device and the step, for the operator and the log.
enum class DeviceErrorKind
{
    NotConnected, // unplugged, or never opened
    NoTag, // the tag asked for did not answer (moved off the pad, out of range)
    Timeout, // the device did not answer in time
    TagError, // the tag answered with an ISO 15693 error code
    Protocol, // the device answered something we cannot read
    Unsupported, // this reader or tag cannot do it
    Io, // the operating system refused the transfer
};

struct DeviceError
{
    DeviceErrorKind kind = DeviceErrorKind::Io;
    std::string message;
};

// For operations that return nothing but success.
struct Done
{
};

// A device operation's outcome: a value or an error, never ignored silently.
template<class T>
class [[nodiscard]] DeviceResult
{
public:
    DeviceResult(T value)
        : m_value(std::move(value))
    {
    }
    DeviceResult(DeviceError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const DeviceError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    DeviceError m_error;
};

} // namespace ils::devices
