#pragma once

#include "Message.h"

#include <optional>
#include <string>
#include <string_view>

// Message <-> Envelope bytes (Protocol Buffers). Decoding checks what protobuf cannot: a
// message is present, statuses are known, sequence and change numbers are positive, a
// deleted row has no image. Anything decode() accepts, encode() writes back.
namespace ils::protocol {

struct [[nodiscard]] Decoded
{
    std::optional<Message> message;
    std::string error; // why it was refused, when message is empty

    explicit operator bool() const { return message.has_value(); }
};

std::string encode(const Message& message); // one frame body
std::string encodeFramed(const Message& message); // length prefix + body
Decoded decode(std::string_view body);

} // namespace ils::protocol
