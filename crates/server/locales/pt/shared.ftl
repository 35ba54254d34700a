# What every page shares: the site, navigation, reader preferences, errors and common fields.

# Gemeng — português. Linguagem simples: frases curtas, palavras do dia a dia.
# Cada mensagem aqui também tem de existir em en, lb, de e fr (um teste verifica isso).
site-name = Gemeng
language-name = Português
skip-to-content = Saltar para o conteúdo principal
nav-label = Menu principal
nav-commune = Comuna
nav-neighbourhood = O meu bairro
nav-staff = Administração
nav-account = A minha conta
nav-login = Entrar
nav-logout = Sair
nav-signup = Criar conta
language-label = Língua
language-apply = Mudar
display-large-text = Texto maior
display-high-contrast = Alto contraste
footer-text = O Gemeng liga a comuna e os vizinhos. A sua morada exata nunca é mostrada a outras pessoas.
field-display-name = O seu nome
field-display-name-hint = É o nome que os vizinhos vão ver. Basta o primeiro nome.
field-email = Endereço de e-mail
field-password = Palavra-passe
field-new-password = Nova palavra-passe
field-password-hint = Pelo menos 8 caracteres. Uma frase de que se lembre bem é uma boa palavra-passe.
field-language = Língua dos e-mails e das páginas
field-code = Código
field-code-hint = 12 letras e números, por exemplo ACDE-FGHJ-KMNP. Pode usar espaços e letras minúsculas.
## Mensagens de validação
error-control-characters = Este texto tem caracteres invisíveis, muitas vezes vindos de copiar e colar. Escreva-o outra vez.
error-email-required = Escreva o seu endereço de e-mail.
error-email-invalid = Escreva um endereço de e-mail como name@example.lu.
error-email-taken = Já existe uma conta com este endereço de e-mail. Entre na sua conta, ou peça uma nova palavra-passe.
error-password-too-short = A palavra-passe precisa de pelo menos 8 caracteres.
error-password-too-long = A palavra-passe pode ter no máximo 256 caracteres.
error-password-common = Esta palavra-passe é muito comum e fácil de adivinhar. Escolha outra.
error-password-context = A palavra-passe não pode ser o seu nome nem o seu endereço de e-mail.
error-name-too-short = O seu nome precisa de pelo menos 2 caracteres.
error-name-too-long = O seu nome pode ter no máximo 60 caracteres.
error-guidelines-required = Aceite as regras para participar.
error-address-required = Escolha a sua morada na lista.
error-address-unknown = Esta morada não está no registo da comuna.
error-address-outside = Esta morada não fica em nenhum bairro da comuna. Contacte a comuna.
error-query-too-long = O texto de pesquisa pode ter no máximo 120 caracteres.
error-language-unknown = Esta língua não está disponível.
## Páginas de erro
error-back-home = Voltar à página inicial
error-not-found-title = Página não encontrada
error-not-found-detail = Esta página não existe, ou não tem permissão para a ver.
error-login-title = Entre na sua conta
error-login-detail = Tem de entrar na sua conta para ver esta página.
error-email-first-title = Confirme primeiro o seu endereço de e-mail
error-email-first-detail = Quando criou a conta, enviámos-lhe um e-mail com um link. Carregue primeiro nesse link; depois poderá escrever aqui o código da carta ou de um vizinho. Não recebeu o e-mail? Na página da sua conta pode pedir um novo.
error-verification-title = Ainda temos de verificar se vive aqui
error-verification-detail = Esta página é para moradores com a morada verificada. Escreva na página da sua conta o código da carta da comuna ou de um vizinho.
error-forbidden-title = Não permitido
error-forbidden-detail = Não tem permissão para abrir esta página.
error-bad-request-title = Não foi possível fazer isto
error-form-malformed = O formulário não foi bem enviado. Volte atrás e tente outra vez.
error-form-too-large = O ficheiro ou o texto é demasiado grande.
error-json-malformed = O conteúdo do pedido não é o JSON esperado.
error-csrf = Esta página esteve aberta demasiado tempo. Recarregue-a e preencha o formulário outra vez.
error-method-not-allowed = Esta página não pode fazer isso. Volte atrás e tente outra vez.
error-unsupported-media-type = Este tipo de conteúdo não é aceite aqui.
error-invalid-title = Alguns campos não são válidos
error-invalid-detail = Corrija os campos indicados.
error-conflict-title = Agora não é possível fazer isto
error-rate-limit-title = Demasiadas tentativas
error-rate-limit-detail = Espere alguns minutos e tente outra vez.
error-busy-title = Tente de novo daqui a pouco
error-busy-detail = Muitas pessoas estão a entrar neste momento. Espere alguns segundos, volte atrás e envie o formulário de novo.
error-internal-title = Algo correu mal do nosso lado
error-internal-detail = Tente outra vez daqui a pouco. Se voltar a acontecer, contacte a comuna.
error-timeout = Isto demorou demasiado. Tente outra vez.
## E-mails
mail-signature = Gemeng, a plataforma de vizinhança da sua comuna
## Caracteres invisíveis, endereços de e-mail e verificação dos mapas
error-name-invisible = O seu nome tem caracteres invisíveis ou que invertem o sentido do texto. Escreva-o só com letras visíveis.
error-email-ascii = Um endereço de e-mail só pode ter letras latinas sem acentos nem cedilha, algarismos e . _ - + (como name@example.lu).
list-next-page = Página seguinte
error-page-size = Peça de 1 a 200 elementos de cada vez.
## The name on the letterbox
field-full-name = O seu nome completo
field-full-name-hint = Como na sua caixa do correio. Só a comuna o vê: aparece na carta que lhe enviamos.
field-address-extra = Apartamento ou andar (opcional)
field-address-extra-hint = Por exemplo: 2.º andar, apartamento 4. Para que a carta chegue até si.
error-full-name-too-short = O seu nome completo precisa de pelo menos 2 caracteres.
error-full-name-too-long = O seu nome completo pode ter no máximo 120 caracteres.
error-address-extra-too-long = Este campo pode ter no máximo 60 caracteres.

## Imagens enviadas
image-error-no-file = Escolha uma imagem para enviar.
image-error-not-image = Este ficheiro não é uma imagem que o Gemeng consiga ler: use um ficheiro PNG ou JPEG.
image-error-unreadable = Esta imagem está danificada ou incompleta: experimente outro ficheiro.
image-error-too-large = Esta imagem é demasiado grande: 8000 píxeis de lado no máximo.
image-error-busy = Estão a ser enviadas muitas imagens neste momento. Tente de novo daqui a um minuto.

## Where the commune's desk is
desk-title = O balcão da comuna
desk-address = Morada
nav-timebank = Banco de tempo
nav-messages = Mensagens
nav-messages-unread = { $count ->
    [one] mensagem por ler
   *[other] mensagens por ler
}
footer-guidelines = Regras da comunidade

nav-organised = As nossas atividades
