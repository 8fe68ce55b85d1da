import { graphql } from '../gql';

export const RegisterSystem = graphql(`
  mutation SystemRegister($input: InformationSystemRegisterInput!) {
    informationSystemRegister(input: $input) {
      informationSystem {
        id
        name
        status
        mlpsLevel
        onCloud
        owner {
          code
        }
        projects {
          role
          project {
            code
          }
        }
        replaces {
          name
        }
      }
      errors {
        code
        rule
        field
        gate
        message
      }
    }
  }
`);

export const RecordCrypto = graphql(`
  mutation SystemRecordCrypto($input: InformationSystemCryptoAssessmentInput!) {
    informationSystemRecordCryptoAssessment(input: $input) {
      informationSystem {
        cryptoAssessmentResult
        cryptoAssessmentOn
        cryptoAssessmentCurrent
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const RecordSecurity = graphql(`
  mutation SystemRecordSecurity($input: InformationSystemSecurityTestInput!) {
    informationSystemRecordSecurityTest(input: $input) {
      informationSystem {
        securityTestResult
        securityTestCurrent
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);

export const Systems = graphql(`
  query Systems($filter: InformationSystemFilter, $first: Int, $after: String) {
    informationSystems(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        owner {
          code
        }
      }
    }
  }
`);

export const SystemById = graphql(`
  query SystemById($id: ID!) {
    informationSystem(id: $id) {
      name
      status
      retiredOn
      availableActions {
        action
        allowed
        blockers {
          rule
          gate
        }
      }
    }
  }
`);

export const RetireSystem = graphql(`
  mutation SystemRetire($input: InformationSystemRetireInput!) {
    informationSystemRetire(input: $input) {
      informationSystem {
        status
      }
      errors {
        code
        rule
        gate
      }
    }
  }
`);

export const UpdateSystem = graphql(`
  mutation SystemUpdate($input: InformationSystemUpdateInput!) {
    informationSystemUpdate(input: $input) {
      informationSystem {
        status
        onCloud
        tenancy {
          code
        }
      }
      errors {
        code
        rule
        field
      }
    }
  }
`);
