"""The callback crypto of a self-built app, with every failure turned into a 4xx.

wechatpy does the AES and the framing (its ``PrpCrypto``, with the key ``WeChatCrypto`` derives);
this wrapper adds what it lacks: a constant-time signature check before any decryption, and the
translation of its assorted exceptions. A wrong AES key does not raise a crypto error in
wechatpy: the garbage plaintext fails as ``UnicodeDecodeError``, ``struct.error``, ``ValueError``
(bad base64 or block size) or ``InvalidCorpIdException``, all of which mean "not from our WeCom
app" here, hence 403.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
import time

from wechatpy.enterprise.crypto import PrpCrypto, WeChatCrypto
from wechatpy.enterprise.exceptions import InvalidCorpIdException
from wechatpy.exceptions import InvalidSignatureException

from bot.config import WecomConfig
from bot.errors import AuthError, RequestError

_DECRYPT_ERRORS = (
    InvalidSignatureException,
    InvalidCorpIdException,
    UnicodeDecodeError,
    struct.error,
    ValueError,
    IndexError,
    TypeError,
)


def signature(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    """WeCom's msg_signature: sha1 of the four values sorted and concatenated."""
    return hashlib.sha1("".join(sorted((token, timestamp, nonce, encrypt))).encode()).hexdigest()


class CallbackCrypto:
    """Open inbound ciphertexts and seal passive replies for one app."""

    def __init__(self, config: WecomConfig) -> None:
        self._token = config.token
        self._corp_id = config.corp_id
        self._crypto = WeChatCrypto(config.token, config.encoding_aes_key, config.corp_id)

    def open(self, encrypt: str, msg_signature: str, timestamp: str, nonce: str) -> str:
        """The plaintext of an authenticated ciphertext; ``AuthError`` (403) otherwise."""
        if not (msg_signature and timestamp and nonce and encrypt):
            raise RequestError("msg_signature, timestamp and nonce are required")
        expected = signature(self._token, timestamp, nonce, encrypt)
        if not hmac.compare_digest(expected.encode(), msg_signature.encode("utf-8", "replace")):
            raise AuthError("bad msg_signature")
        try:
            # The signature is checked above; wechatpy's decrypt_message would hash it again.
            plain = PrpCrypto(self._crypto.key).decrypt(encrypt, self._corp_id)
        except InvalidCorpIdException:
            raise AuthError("wrong corp id") from None
        except _DECRYPT_ERRORS:
            raise AuthError("undecryptable (wrong EncodingAESKey?)") from None
        if not isinstance(plain, str):
            raise AuthError("undecryptable")
        return plain

    def seal(self, plaintext: str) -> str:
        """The encrypted passive-reply envelope for ``plaintext``, fresh nonce and timestamp."""
        nonce = str(secrets.randbelow(10**10))
        result: str = self._crypto.encrypt_message(plaintext, nonce, str(int(time.time())))
        return result
