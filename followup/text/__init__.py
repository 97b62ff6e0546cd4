"""Text: reading what people wrote, with no database and no network.

In: raw RFC 822 bytes or plain text. Out: plain data: a parsed message (`parsing`, with `charsets` for
decoding, `html_text` for HTML bodies and `bounces` for mail no person wrote), the new part of a reply
without quotes or signature (`replies`), and the customer's wishes, certain or possible (`wishes`, with the
second opinions `wish_model` and `wish_net`).
"""
